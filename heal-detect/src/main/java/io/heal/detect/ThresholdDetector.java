package io.heal.detect;

import io.heal.core.anomaly.Severity;
import io.heal.detect.internal.Numbers;
import io.heal.detect.spi.Detector;
import io.heal.detect.spi.DetectorFactory;
import io.heal.detect.spi.Verdict;

/**
 * A static threshold with "for N samples" debouncing: an anomaly once the value has been above
 * {@code above} (or below {@code below}) for {@code forSamples} samples in a row. Either bound may
 * be NaN (not checked). Not thread-safe.
 */
public final class ThresholdDetector implements Detector {

  /** The name used in configuration. */
  public static final String NAME = "threshold";

  /** Consecutive breaches needed by default. */
  public static final int DEFAULT_FOR_SAMPLES = 3;

  private final double above;
  private final double below;
  private final int forSamples;
  private final Severity severity;
  private int breaches;

  /**
   * @param above the upper bound, or NaN
   * @param below the lower bound, or NaN
   * @param forSamples consecutive breaches before an anomaly, at least 1
   * @param severity the severity of an anomaly
   */
  public ThresholdDetector(double above, double below, int forSamples, Severity severity) {
    if (Double.isNaN(above) && Double.isNaN(below)) {
      throw new IllegalArgumentException(
          "above, below: at least one bound must be set, found none");
    }
    if (forSamples < 1) {
      throw new IllegalArgumentException("forSamples: must be at least 1, found " + forSamples);
    }
    if (severity == null) {
      throw new IllegalArgumentException("severity: must not be null");
    }
    this.above = above;
    this.below = below;
    this.forSamples = forSamples;
    this.severity = severity;
  }

  /** A factory for detectors with these settings. */
  public static DetectorFactory factory(
      double above, double below, int forSamples, Severity severity) {
    new ThresholdDetector(above, below, forSamples, severity); // validates eagerly
    return Factories.of(NAME, s -> new ThresholdDetector(above, below, forSamples, severity));
  }

  @Override
  public Verdict observe(long timeMillis, double value) {
    boolean high = !Double.isNaN(above) && value > above;
    boolean low = !Double.isNaN(below) && value < below;
    double bound = high ? above : below;
    breaches = high || low ? breaches + 1 : 0;
    double expected = Double.isNaN(above) ? below : above;
    if (breaches < forSamples) {
      return Verdict.normal(breaches / (double) (forSamples + 1), expected, Double.NaN);
    }
    String reason =
        (high ? "above" : "below")
            + " its threshold of "
            + Numbers.format(bound)
            + " for "
            + breaches
            + " samples";
    return new Verdict(1.0, bound, Double.NaN, severity, reason);
  }
}
