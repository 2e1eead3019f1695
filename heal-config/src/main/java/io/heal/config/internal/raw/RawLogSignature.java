package io.heal.config.internal.raw;

import java.util.List;
import java.util.Optional;

/** One entry of {@code detection.log_signatures} as written. */
public record RawLogSignature(
    String path, Optional<String> name, Optional<String> pattern, Optional<String> severity) {

  static final List<String> KEYS = List.of("name", "pattern", "severity");

  static RawLogSignature read(Section section) {
    section.rejectUnknownKeys(KEYS);
    return new RawLogSignature(
        section.path(),
        section.string("name"),
        section.string("pattern"),
        section.string("severity"));
  }
}
