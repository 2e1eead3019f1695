package io.heal.core.spec;

import io.heal.core.anomaly.Severity;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What Heal watches of a service besides its process and probes: metrics scraped from its
 * Prometheus endpoint, its own /proc figures, and signatures in its log.
 *
 * @param metricsUrl the Prometheus text endpoint; empty for none
 * @param scrapeInterval time between two scrapes (and /proc readings)
 * @param metrics the metric series to judge, each with its detector
 * @param logSignatures signatures matched on every captured line, besides the built-in ones
 * @param objectives error-ratio objectives judged by burn rate
 * @param processMetrics whether Heal reads the child's CPU share, RSS, threads and open files
 * @param remedyAt the severity at which an anomaly opens an incident and triggers the remedy; less
 *     severe anomalies are only reported
 */
public record DetectionSpec(
    Optional<URI> metricsUrl,
    Duration scrapeInterval,
    List<MetricWatchSpec> metrics,
    List<LogSignatureSpec> logSignatures,
    List<ObjectiveSpec> objectives,
    boolean processMetrics,
    Severity remedyAt) {

  public static final Duration DEFAULT_SCRAPE_INTERVAL = Duration.ofSeconds(5);
  public static final boolean DEFAULT_PROCESS_METRICS = true;
  public static final Severity DEFAULT_REMEDY_AT = Severity.HIGH;

  public DetectionSpec {
    metrics = List.copyOf(metrics);
    logSignatures = List.copyOf(logSignatures);
    objectives = List.copyOf(objectives);
  }

  /** Built-in log signatures and /proc figures only. */
  public static DetectionSpec defaults() {
    return new DetectionSpec(
        Optional.empty(),
        DEFAULT_SCRAPE_INTERVAL,
        List.of(),
        List.of(),
        List.of(),
        DEFAULT_PROCESS_METRICS,
        DEFAULT_REMEDY_AT);
  }
}
