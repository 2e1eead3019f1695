package io.heal.detect;

import io.heal.detect.internal.EwmaStats;
import io.heal.detect.internal.SeasonFinder;
import io.heal.detect.internal.ZScores;
import io.heal.detect.spi.Detector;
import io.heal.detect.spi.DetectorFactory;
import io.heal.detect.spi.Verdict;
import java.util.OptionalInt;

/**
 * Holt-Winters forecasting as a baseline: level and trend (additive), with an additive seasonal
 * component when {@code periodSamples > 1}, or one found in the data with {@link #FIND_SEASON} (an
 * hour, a day or a week whose autocorrelation is at least 0.6, see {@link SeasonFinder}). Each
 * sample is judged by its z-score against the one-step forecast, with the spread the root mean
 * square of recent forecast errors. Memory is constant (one slot per sample of the period, plus the
 * finder's bounded buffer while it looks). Not thread-safe.
 */
public final class HoltWintersDetector implements Detector {

  /** The name used in configuration. */
  public static final String NAME = "holt-winters";

  /** {@code periodSamples} value asking the detector to find the season itself. */
  public static final int FIND_SEASON = -1;

  public static final double DEFAULT_ALPHA = 0.1;
  public static final double DEFAULT_BETA = 0.01;
  public static final double DEFAULT_GAMMA = 0.1;

  private static final double ERROR_HALF_LIFE_SAMPLES = 60;
  private static final int MIN_WARMUP_SAMPLES = 30;

  private final double alpha;
  private final double beta;
  private final double gamma;
  private double[] seasonal;
  private SeasonFinder finder;
  private EwmaStats errors = new EwmaStats(EwmaStats.alphaForHalfLife(ERROR_HALF_LIFE_SAMPLES));
  private long warmupUntil;
  private double level;
  private double trend;
  private long count;

  /**
   * @param alpha level smoothing in (0, 1]
   * @param beta trend smoothing in [0, 1]
   * @param gamma seasonal smoothing in [0, 1]
   * @param periodSamples the season's length in samples; 0 or 1 for none, {@link #FIND_SEASON} to
   *     find it
   */
  public HoltWintersDetector(double alpha, double beta, double gamma, int periodSamples) {
    check("alpha", alpha, alpha > 0 && alpha <= 1);
    check("beta", beta, beta >= 0 && beta <= 1);
    check("gamma", gamma, gamma >= 0 && gamma <= 1);
    if (periodSamples < FIND_SEASON) {
      throw new IllegalArgumentException(
          "periodSamples: must be 0 (none), a length, or -1 (find it), found " + periodSamples);
    }
    this.alpha = alpha;
    this.beta = beta;
    this.gamma = gamma;
    this.seasonal = new double[Math.max(1, periodSamples)];
    this.finder = periodSamples == FIND_SEASON ? new SeasonFinder() : null;
    this.warmupUntil = Math.max(MIN_WARMUP_SAMPLES, 2L * periodSamples);
  }

  /** A factory for detectors that find their season, with the default smoothing. */
  public static DetectorFactory factory() {
    return factory(FIND_SEASON);
  }

  /** A factory for detectors with this season length (0 for none, -1 to find it). */
  public static DetectorFactory factory(int periodSamples) {
    new HoltWintersDetector(DEFAULT_ALPHA, DEFAULT_BETA, DEFAULT_GAMMA, periodSamples);
    return Factories.of(
        NAME,
        s -> new HoltWintersDetector(DEFAULT_ALPHA, DEFAULT_BETA, DEFAULT_GAMMA, periodSamples));
  }

  /** The season in use, in samples; 1 when none. */
  public int periodSamples() {
    return seasonal.length;
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
      look(timeMillis, value);
      return Verdict.NORMAL;
    }
    double forecast = level + trend + seasonal[slot];
    double error = value - forecast;
    Verdict v = Verdict.NORMAL;
    if (count > warmupUntil) {
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
    look(timeMillis, value);
    return v;
  }

  /** Feeds the season finder, and adopts the season it finds. */
  private void look(long timeMillis, double value) {
    if (finder == null) {
      return;
    }
    OptionalInt found = finder.add(timeMillis, value);
    if (found.isPresent()) {
      adopt(found.getAsInt(), finder.buffer());
    }
    if (finder.decided()) {
      finder = null;
    }
  }

  /** Starts seasonal forecasting from the buffered history (sample i of it was sample i here). */
  private void adopt(int period, double[] history) {
    double mean = 0;
    for (double h : history) {
      mean += h;
    }
    mean /= history.length;
    double[] sums = new double[period];
    int[] n = new int[period];
    for (int i = 0; i < history.length; i++) {
      sums[i % period] += history[i] - mean;
      n[i % period]++;
    }
    seasonal = new double[period];
    for (int s = 0; s < period; s++) {
      seasonal[s] = n[s] == 0 ? 0 : sums[s] / n[s];
    }
    double recent = 0;
    int from = Math.max(0, history.length - period);
    for (int i = from; i < history.length; i++) {
      recent += history[i] - seasonal[i % period];
    }
    level = recent / (history.length - from);
    trend = 0;
    errors = new EwmaStats(EwmaStats.alphaForHalfLife(ERROR_HALF_LIFE_SAMPLES));
    warmupUntil = count + MIN_WARMUP_SAMPLES;
  }
}
