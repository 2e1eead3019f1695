package io.heal.core.signal;

import java.time.Instant;
import java.util.Map;

/**
 * One value of one metric series.
 *
 * @param metric the metric name, such as {@code http_request_duration_seconds}
 * @param labels the series' labels
 */
public record MetricSample(
    String service, Instant at, String metric, Map<String, String> labels, double value)
    implements Signal {

  public MetricSample {
    labels = Map.copyOf(labels);
  }
}
