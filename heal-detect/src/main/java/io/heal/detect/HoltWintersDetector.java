package io.heal.detect;

import io.heal.detect.internal.EwmaStats;
import io.heal.detect.internal.ZScores;
import io.heal.detect.spi.Detector;
import io.heal.detect.spi.DetectorFactory;
import io.heal.detect.spi.Verdict;

/**
 * Holt-Winters forecasting as a baseline: level and trend (additive), with an additive seasonal
 * component when {@code periodSamples > 1}. Each sample is judged by its z-score against the
 * one-step forecast, with the spread an exponentially weighted deviation of past forecast errors.
 * Memory is constant (one slot per sample of the period). Not thread-safe.
 */
public final class HoltWintersDetector implements Detector {

  /** The name used in configuration. */
  public static final String NAME = "holt-winters";

  public static final double DEFAULT_ALPHA = 0.1;
  public static final double DEFAULT_BETA = 0.01;
  public static final double DEFAULT_GAMMA = 0.1;

  private final double alpha;
  private final double beta;
  private final double gamma;
  private final double[] seasonal;
  private final EwmaStats errors = new EwmaStats(EwmaStats.alphaForHalfLife(60));
  private final int warmupSamples;
  private double level;
  private double trend;
  private long count;

  /**
   * @param alpha level smoothing in (0, 1]
   * @param beta trend smoothing in [0, 1]
   * @param gamma seasonal smoothing in [0, 1]
   * @param periodSamples the season's length in samples; 0 or 1 for none
   */
  public HoltWintersDetector(double alpha, double beta, double gamma, int periodSamples) {
    check("alpha", alpha, alpha > 0 && alpha <= 1);
    check("beta", beta, beta >= 0 && beta <= 1);
    check("gamma", gamma, gamma >= 0 && gamma <= 1);
    if (periodSamples < 0) {
      throw new IllegalArgumentException(
          "periodSamples: must be 0 (none) or more, found " + periodSamples);
    }
    this.alpha = alpha;
    this.beta = beta;
    this.gamma = gamma;
    this.seasonal = new double[Math.max(1, periodSamples)];
    this.warmupSamples = Math.max(30, 2 * periodSamples);
  }

  /** A factory for detectors without seasonality and with the default smoothing. */
  public static DetectorFactory factory() {
    return factory(0);
  }

  /** A factory for detectors with this season length (0 for none). */
  public static DetectorFactory factory(int periodSamples) {
    new HoltWintersDetector(DEFAULT_ALPHA, DEFAULT_BETA, DEFAULT_GAMMA, periodSamples);
    return Factories.of(
        NAME,
        s -> new HoltWintersDetector(DEFAULT_ALPHA, DEFAULT_BETA, DEFAULT_GAMMA, periodSamples));
  }

  private static void check(String name, double value, boolean ok) {
    if (!ok) {
      throw new IllegalArgumentException(name + ": out of range, found " + value);
    }
  }

  @Override
  public Verdict observe(long timeMillis, double value) {
    int slot = (int) (count % seasonal.length);
    if (count++ == 0) {
      level = value;
      return Verdict.NORMAL;
    }
    double forecast = level + trend + seasonal[slot];
    double error = value - forecast;
    Verdict v = Verdict.NORMAL;
    if (count > warmupSamples) {
      double spread = errors.stdDevAroundZero();
      double z = ZScores.z(value, forecast, spread);
      v =
          ZScores.verdict(
              z,
              forecast,
              spread,
              EwmaDetector.DEFAULT_MEDIUM_Z,
              EwmaDetector.DEFAULT_HIGH_Z,
              "forecast");
    }
    errors.add(error);
    double previousLevel = level;
    level = alpha * (value - seasonal[slot]) + (1 - alpha) * (level + trend);
    trend = beta * (level - previousLevel) + (1 - beta) * trend;
    if (seasonal.length > 1) {
      seasonal[slot] = gamma * (value - level) + (1 - gamma) * seasonal[slot];
    }
    return v;
  }
}
