package io.heal.config.internal.raw;

import java.util.List;
import java.util.Optional;

/** A probe's {@code tcp} target as written. */
public record RawTcp(String path, Optional<String> host, Optional<Integer> port) {

  static final List<String> KEYS = List.of("host", "port");

  static RawTcp read(Section section) {
    section.rejectUnknownKeys(KEYS);
    return new RawTcp(section.path(), section.string("host"), section.integer("port"));
  }
}
