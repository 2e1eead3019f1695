package io.heal.config.internal.raw;

import java.util.List;
import java.util.Optional;

/** One entry of {@code detection.metrics} as written. */
public record RawMetricWatch(
    String path,
    Optional<String> metric,
    Optional<String> detector,
    Optional<Boolean> rate,
    Optional<Double> limit,
    Optional<Integer> window,
    Optional<java.time.Duration> urgentWithin) {

  static final List<String> KEYS =
      List.of("metric", "detector", "rate", "limit", "window", "urgent_within");

  static RawMetricWatch read(Section section) {
    section.rejectUnknownKeys(KEYS);
    return new RawMetricWatch(
        section.path(),
        section.string("metric"),
        section.string("detector"),
        section.bool("rate"),
        section.number("limit"),
        section.integer("window"),
        section.duration("urgent_within"));
  }
}
