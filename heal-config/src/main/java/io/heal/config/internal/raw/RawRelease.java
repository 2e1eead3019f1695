package io.heal.config.internal.raw;

import java.util.List;
import java.util.Optional;

/** One entry of a service's {@code releases} as written. */
public record RawRelease(
    String path, String version, Optional<List<String>> command, Optional<String> artifactDir) {

  static final List<String> KEYS = List.of("command", "artifact_dir");

  static RawRelease read(String version, Section section) {
    section.rejectUnknownKeys(KEYS);
    return new RawRelease(
        section.path(), version, section.argv("command"), section.string("artifact_dir"));
  }
}
