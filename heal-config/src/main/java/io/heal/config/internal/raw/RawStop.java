package io.heal.config.internal.raw;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A service's {@code stop} section as written. */
public record RawStop(String path, Optional<String> signal, Optional<Duration> grace) {

  static final List<String> KEYS = List.of("signal", "grace");

  static RawStop read(Section section) {
    section.rejectUnknownKeys(KEYS);
    return new RawStop(section.path(), section.string("signal"), section.duration("grace"));
  }
}
