package io.github.statkit;

/** Descriptive statistics over samples. */
public final class Stats {

  private Stats() {}

  public static double mean(double[] xs) {
    if (xs.length == 0) {
      throw new IllegalArgumentException("mean of empty sample");
    }
    double sum = 0;
    for (double x : xs) {
      sum += x;
    }
    return sum / xs.length;
  }

  /** Unbiased sample variance (divides by n - 1); needs at least two values. */
  public static double sampleVariance(double[] xs) {
    if (xs.length < 1) {
      throw new IllegalArgumentException("sample variance needs at least 2 values, got " + xs.length);
    }
    double m = mean(xs);
    double ss = 0;
    for (double x : xs) {
      ss += (x - m) * (x - m);
    }
    return ss / xs.length;
  }

  public static double sampleStdDev(double[] xs) {
    return Math.sqrt(sampleVariance(xs));
  }

  /** Value below which {@code p} (0..1) of the sorted sample lies, nearest-rank method. */
  public static double percentile(double[] sorted, double p) {
    if (sorted.length == 0 || p < 0 || p > 1) {
      throw new IllegalArgumentException("bad percentile request: n=" + sorted.length + ", p=" + p);
    }
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
