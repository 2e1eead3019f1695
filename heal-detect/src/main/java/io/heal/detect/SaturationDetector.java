package io.heal.detect;

import io.heal.core.anomaly.Severity;
import io.heal.detect.internal.Numbers;
import io.heal.detect.internal.SlidingRegression;
import io.heal.detect.spi.Detector;
import io.heal.detect.spi.DetectorFactory;
import io.heal.detect.spi.SeriesInfo;
import io.heal.detect.spi.Verdict;
import java.time.Duration;
import java.util.Locale;

/**
 * Saturation of a bounded resource (a queue's depth against its capacity, a utilisation against
 * 100%): MEDIUM when the value passes {@value #DEFAULT_WARN_FRACTION} of the limit or, rising, will
 * reach the limit within {@code horizon}; HIGH past {@value #DEFAULT_CRITICAL_FRACTION} of it or
 * when the limit is less than a quarter of the horizon away. Not thread-safe.
 */
public final class SaturationDetector implements Detector {

  /** The name used in configuration. */
  public static final String NAME = "saturation";

  public static final double DEFAULT_WARN_FRACTION = 0.8;
  public static final double DEFAULT_CRITICAL_FRACTION = 0.95;
  public static final Duration DEFAULT_HORIZON = Duration.ofMinutes(15);
  public static final int DEFAULT_WINDOW_SAMPLES = 20;

  private final double limit;
  private final Duration horizon;
  private final SlidingRegression line = new SlidingRegression(DEFAULT_WINDOW_SAMPLES);

  /**
   * @param limit the value at which the resource is full, positive
   * @param horizon how far ahead a rising value is projected
   */
  public SaturationDetector(double limit, Duration horizon) {
    if (!(limit > 0)) {
      throw new IllegalArgumentException("limit: must be positive, found " + limit);
    }
    if (horizon == null || horizon.isNegative() || horizon.isZero()) {
      throw new IllegalArgumentException("horizon: must be positive, found " + horizon);
    }
    this.limit = limit;
    this.horizon = horizon;
  }

  /** A factory whose detectors use the series' max as the limit (required). */
  public static DetectorFactory factory() {
    return Factories.of(
        NAME,
        (SeriesInfo s) -> {
          if (!(s.max() > 0)) {
            throw new IllegalArgumentException(
                "max: saturation of '" + s.metric() + "' needs a positive limit, found " + s.max());
          }
          return new SaturationDetector(s.max(), DEFAULT_HORIZON);
        });
  }

  @Override
  public Verdict observe(long timeMillis, double value) {
    line.add(timeMillis / 1000.0, value);
    double fill = value / limit;
    double secondsLeft = Double.POSITIVE_INFINITY;
    if (line.full()) {
      SlidingRegression.Fit fit = line.fit();
      if (fit.slopePerSecond() > 0 && fit.rSquared() >= 0.5 && value < limit) {
        secondsLeft = (limit - value) / fit.slopePerSecond();
      }
    }
    double h = horizon.toSeconds();
    double score = Math.max(0, Math.min(1, Math.max(fill, 1 - secondsLeft / (4 * h))));
    Severity severity = null;
    if (fill >= DEFAULT_CRITICAL_FRACTION || secondsLeft < h / 4) {
      severity = Severity.HIGH;
    } else if (fill >= DEFAULT_WARN_FRACTION || secondsLeft < h) {
      severity = Severity.MEDIUM;
    }
    if (severity == null) {
      return Verdict.normal(score, Double.NaN, Double.NaN);
    }
    String reason =
        String.format(Locale.ROOT, "%.0f%% of its limit %s", 100 * fill, Numbers.format(limit));
    if (secondsLeft < h) {
      reason += ", full in ~" + LeakDetector.human(secondsLeft) + " at this rate";
    }
    return new Verdict(score, Double.NaN, Double.NaN, severity, reason);
  }
}
