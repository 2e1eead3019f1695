package io.heal.config.internal.raw;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A service's {@code restart} section as written. */
public record RawRestart(
    String path,
    Optional<Duration> initialDelay,
    Optional<Duration> maxDelay,
    Optional<Double> multiplier,
    Optional<Double> jitter,
    Optional<Duration> resetAfter,
    Optional<Integer> maxRestarts,
    Optional<Duration> within) {

  static final List<String> KEYS =
      List.of(
          "initial_delay",
          "max_delay",
          "multiplier",
          "jitter",
          "reset_after",
          "max_restarts",
          "within");

  static RawRestart read(Section section) {
    section.rejectUnknownKeys(KEYS);
    return new RawRestart(
        section.path(),
        section.duration("initial_delay"),
        section.duration("max_delay"),
        section.number("multiplier"),
        section.number("jitter"),
        section.duration("reset_after"),
        section.integer("max_restarts"),
        section.duration("within"));
  }
}
