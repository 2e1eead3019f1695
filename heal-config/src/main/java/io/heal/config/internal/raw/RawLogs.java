package io.heal.config.internal.raw;

import java.util.List;
import java.util.Optional;

/** A service's {@code logs} section as written. */
public record RawLogs(String path, Optional<Long> maxBytes, Optional<Integer> keep) {

  static final List<String> KEYS = List.of("max_bytes", "keep");

  static RawLogs read(Section section) {
    section.rejectUnknownKeys(KEYS);
    return new RawLogs(section.path(), section.size("max_bytes"), section.integer("keep"));
  }
}
