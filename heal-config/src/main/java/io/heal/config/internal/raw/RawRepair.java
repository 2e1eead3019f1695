package io.heal.config.internal.raw;

import java.util.List;
import java.util.Optional;

/** The {@code repair} section as written. */
public record RawRepair(String path, Optional<RawLlm> llm) {

  static final List<String> KEYS = List.of("llm");

  static RawRepair read(Section section) {
    section.rejectUnknownKeys(KEYS);
    return new RawRepair(section.path(), section.section("llm").map(RawLlm::read));
  }
}
