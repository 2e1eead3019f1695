package io.heal.config.internal.raw;

import java.util.List;
import java.util.Optional;

/** The {@code control} section as written. */
public record RawControl(String path, Optional<String> host, Optional<Integer> port) {

  static final List<String> KEYS = List.of("host", "port");

  static RawControl read(Section section) {
    section.rejectUnknownKeys(KEYS);
    return new RawControl(section.path(), section.string("host"), section.integer("port"));
  }
}
