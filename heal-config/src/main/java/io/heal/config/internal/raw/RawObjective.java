package io.heal.config.internal.raw;

import java.util.List;
import java.util.Optional;

/** One entry of {@code detection.objectives} as written. */
public record RawObjective(
    String path,
    Optional<String> name,
    Optional<String> errors,
    Optional<String> total,
    Optional<Double> target) {

  static final List<String> KEYS = List.of("name", "errors", "total", "target");

  static RawObjective read(Section section) {
    section.rejectUnknownKeys(KEYS);
    return new RawObjective(
        section.path(),
        section.string("name"),
        section.string("errors"),
        section.string("total"),
        section.number("target"));
  }
}
