package io.heal.config.internal.raw;

import java.util.List;
import java.util.Optional;

/** A probe's {@code exec} target as written. */
public record RawExec(String path, Optional<List<String>> command) {

  static final List<String> KEYS = List.of("command");

  static RawExec read(Section section) {
    section.rejectUnknownKeys(KEYS);
    return new RawExec(section.path(), section.argv("command"));
  }
}
