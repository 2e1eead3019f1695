package io.heal.detect.watch;

import io.heal.detect.Detectors;
import io.heal.detect.spi.DetectorFactory;

/**
 * One watched metric of a service (a line of {@code heal.yaml}'s per-service detection config).
 *
 * @param metric the metric name as scraped (every label set becomes its own series)
 * @param detector the detector factory
 * @param unit the unit shown in hints, or empty
 * @param min the smallest value, or NaN
 * @param max the largest value or limit (heap size, queue capacity), or NaN
 * @param rate whether the metric is a counter whose per-second rate is watched rather than its
 *     value (a counter reset counts as a restart from 0)
 */
public record MetricWatch(
    String metric, DetectorFactory detector, String unit, double min, double max, boolean rate) {

  public MetricWatch {
    if (metric == null || metric.isBlank()) {
      throw new IllegalArgumentException("metric: must not be blank, found '" + metric + "'");
    }
    if (detector == null) {
      throw new IllegalArgumentException("detector: must not be null (metric " + metric + ")");
    }
    if (unit == null) {
      throw new IllegalArgumentException("unit: must not be null (metric " + metric + ")");
    }
  }

  /** A gauge watched by the default detector. */
  public static MetricWatch of(String metric) {
    return new MetricWatch(metric, Detectors.defaultFactory(), "", Double.NaN, Double.NaN, false);
  }

  /** A gauge watched by the named built-in detector. */
  public static MetricWatch of(String metric, String detector) {
    DetectorFactory f =
        Detectors.byName(detector)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "detector: unknown detector '"
                            + detector
                            + "' for metric "
                            + metric
                            + ", known: "
                            + Detectors.names()));
    return new MetricWatch(metric, f, "", Double.NaN, Double.NaN, false);
  }

  public MetricWatch withUnit(String newUnit) {
    return new MetricWatch(metric, detector, newUnit, min, max, rate);
  }

  public MetricWatch withRange(double newMin, double newMax) {
    return new MetricWatch(metric, detector, unit, newMin, newMax, rate);
  }

  public MetricWatch asRate() {
    return new MetricWatch(metric, detector, unit, min, max, true);
  }
}
