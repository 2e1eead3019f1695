package io.heal.detect.metrics;

import java.util.Map;
import java.util.OptionalLong;

/**
 * One sample line of a Prometheus text exposition.
 *
 * @param name the metric name, with any {@code _bucket}, {@code _sum}, {@code _count} suffix
 * @param labels the labels, in no particular order
 * @param value the value ({@code NaN} and infinities allowed)
 * @param timestampMillis the exposed timestamp, when the line has one
 */
public record PrometheusSample(
    String name, Map<String, String> labels, double value, OptionalLong timestampMillis) {

  public PrometheusSample {
    labels = Map.copyOf(labels);
  }
}
