package io.heal.detect;

import io.heal.detect.internal.SlidingWindowMedian;
import io.heal.detect.internal.ZScores;
import io.heal.detect.spi.Detector;
import io.heal.detect.spi.DetectorFactory;
import io.heal.detect.spi.Verdict;

/**
 * A robust adaptive baseline that outliers do not drag: the median of the last {@code
 * windowSamples} values as the expected value and 1.4826 x their median absolute deviation as the
 * spread (the standard deviation, for normal data). Where more than half the window is one value
 * (MAD = 0) the spread falls back to 1.2533 x the mean absolute deviation. Not thread-safe.
 */
public final class RobustDetector implements Detector {

  /** The name used in configuration. */
  public static final String NAME = "robust";

  public static final int DEFAULT_WINDOW_SAMPLES = 101;

  private static final double MAD_TO_SIGMA = 1.4826;
  private static final double MEAN_AD_TO_SIGMA = 1.2533;

  private final SlidingWindowMedian window;
  private final double mediumZ;
  private final double highZ;
  private final int warmupSamples;

  public RobustDetector(int windowSamples, double mediumZ, double highZ) {
    if (!(mediumZ > 0 && highZ >= mediumZ)) {
      throw new IllegalArgumentException(
          "mediumZ, highZ: need 0 < mediumZ <= highZ, found " + mediumZ + ", " + highZ);
    }
    this.window = new SlidingWindowMedian(windowSamples);
    this.mediumZ = mediumZ;
    this.highZ = highZ;
    this.warmupSamples = Math.max(3, windowSamples / 4);
  }

  /** A detector with the defaults. */
  public RobustDetector() {
    this(DEFAULT_WINDOW_SAMPLES, EwmaDetector.DEFAULT_MEDIUM_Z, EwmaDetector.DEFAULT_HIGH_Z);
  }

  /** A factory for detectors with the defaults. */
  public static DetectorFactory factory() {
    return Factories.of(NAME, s -> new RobustDetector());
  }

  @Override
  public Verdict observe(long timeMillis, double value) {
    Verdict v = Verdict.NORMAL;
    if (window.count() >= warmupSamples) {
      double median = window.median();
      double spread = MAD_TO_SIGMA * window.medianAbsoluteDeviation();
      if (spread == 0) {
        spread = MEAN_AD_TO_SIGMA * window.meanAbsoluteDeviation();
      }
      double z = ZScores.z(value, median, spread);
      v = ZScores.verdict(z, median, spread, mediumZ, highZ, "median");
    }
    window.add(value);
    return v;
  }
}
