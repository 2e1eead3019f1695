package io.heal.config.internal.raw;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A service's {@code detection} section as written. */
public record RawDetection(
    String path,
    Optional<String> metricsUrl,
    Optional<Duration> scrapeInterval,
    List<RawMetricWatch> metrics,
    List<RawLogSignature> logSignatures,
    List<RawObjective> objectives,
    Optional<Boolean> processMetrics,
    Optional<String> remedyAt) {

  static final List<String> KEYS =
      List.of(
          "metrics_url",
          "scrape_interval",
          "metrics",
          "log_signatures",
          "objectives",
          "process_metrics",
          "remedy_at");

  public RawDetection {
    metrics = List.copyOf(metrics);
    logSignatures = List.copyOf(logSignatures);
    objectives = List.copyOf(objectives);
  }

  static RawDetection read(Section section) {
    section.rejectUnknownKeys(KEYS);
    return new RawDetection(
        section.path(),
        section.string("metrics_url"),
        section.duration("scrape_interval"),
        section.sections("metrics").orElse(List.of()).stream().map(RawMetricWatch::read).toList(),
        section.sections("log_signatures").orElse(List.of()).stream()
            .map(RawLogSignature::read)
            .toList(),
        section.sections("objectives").orElse(List.of()).stream().map(RawObjective::read).toList(),
        section.bool("process_metrics"),
        section.string("remedy_at"));
  }
}
