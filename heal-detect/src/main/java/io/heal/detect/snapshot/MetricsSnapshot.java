package io.heal.detect.snapshot;

import java.util.List;
import java.util.Optional;

/**
 * Metrics of one service, as {@code heal analyze} reads them:
 *
 * <pre>{@code
 * {"service": "api", "detector": "combined",
 *  "series": [{"metric": "latency_p95_ms", "unit": "ms", "detector": "robust",
 *              "min": 0, "max": 5000,
 *              "points": [[1700000000000, 120.5], ["2024-01-01T00:01:00Z", 118]]}]}
 * }</pre>
 *
 * Times are epoch milliseconds or ISO-8601 instants; {@code detector}, {@code unit}, {@code min}
 * and {@code max} are optional.
 *
 * @param service the service's name
 * @param detector the detector for series that name none, when given
 * @param series the series
 */
public record MetricsSnapshot(
    String service, Optional<String> detector, List<SnapshotSeries> series) {

  public MetricsSnapshot {
    series = List.copyOf(series);
  }
}
