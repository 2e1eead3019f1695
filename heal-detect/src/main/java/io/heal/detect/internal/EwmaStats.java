package io.heal.detect.internal;

/**
 * Exponentially weighted mean and variance: constant memory, constant time per sample. Not
 * thread-safe.
 */
public final class EwmaStats {

  private final double alpha;
  private double mean;
  private double variance;
  private double meanSquare;
  private long count;

  /**
   * @param alpha the weight of a new sample, in (0, 1]
   */
  public EwmaStats(double alpha) {
    if (!(alpha > 0 && alpha <= 1)) {
      throw new IllegalArgumentException("alpha: must be in (0, 1], found " + alpha);
    }
    this.alpha = alpha;
  }

  /** The weight of a sample whose influence halves every {@code halfLifeSamples} samples. */
  public static double alphaForHalfLife(double halfLifeSamples) {
    if (!(halfLifeSamples > 0)) {
      throw new IllegalArgumentException(
          "halfLifeSamples: must be positive, found " + halfLifeSamples);
    }
    return 1.0 - Math.pow(0.5, 1.0 / halfLifeSamples);
  }

  /** Adds a sample. */
  public void add(double value) {
    if (count++ == 0) {
      mean = value;
      meanSquare = value * value;
      variance = 0;
      return;
    }
    double d = value - mean;
    mean += alpha * d;
    meanSquare += alpha * (value * value - meanSquare);
    variance = (1 - alpha) * (variance + alpha * d * d);
  }

  public double mean() {
    return mean;
  }

  public double stdDev() {
    return Math.sqrt(variance);
  }

  /** The root of the weighted mean square: the spread of values whose mean should be zero. */
  public double stdDevAroundZero() {
    return Math.sqrt(meanSquare);
  }

  public long count() {
    return count;
  }
}
