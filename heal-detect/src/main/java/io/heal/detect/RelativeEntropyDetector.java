package io.heal.detect;

import io.heal.detect.spi.Detector;
import io.heal.detect.spi.DetectorFactory;
import io.heal.detect.spi.SeriesInfo;
import io.heal.detect.spi.Verdict;

/**
 * The relative-entropy baseline of Wang et al. (ICAC 2011) as NAB runs it: the distribution of the
 * last {@value #WINDOW} values over {@value #BINS} bins of the series' range is compared with every
 * distribution seen so far; a distribution unlike all of them scores 1 and becomes a new
 * hypothesis.
 *
 * <p>A reference detector for the NAB harness: it needs the series' minimum and maximum. Memory is
 * bounded by the window and the number of distinct hypotheses (at most the number of ways 52 values
 * fall in 5 bins, in practice a few dozen).
 */
public final class RelativeEntropyDetector implements Detector {

  /** The name used on the command line. */
  public static final String NAME = "relative-entropy";

  /** Values in the sliding window. */
  public static final int WINDOW = 52;

  /** Bins of the value range. */
  public static final int BINS = 5;

  /** The 0.99 quantile of chi-squared with {@code BINS - 1} degrees of freedom. */
  public static final double CHI2_THRESHOLD = 13.276704135987622;

  private static final int MAX_HYPOTHESES = 4096;

  private final double lo;
  private final double hi;
  private final double[] ring = new double[WINDOW];
  private long seen;
  private final double[][] hypotheses = new double[MAX_HYPOTHESES][];
  private final int[] counts = new int[MAX_HYPOTHESES];
  private int hypothesisCount;

  private RelativeEntropyDetector(double lo, double hi) {
    this.lo = lo;
    this.hi = hi;
  }

  /** A factory; its detectors score 0 for series whose range is unknown. */
  public static DetectorFactory factory() {
    return new DetectorFactory() {
      @Override
      public String name() {
        return NAME;
      }

      @Override
      public Detector create(SeriesInfo series) {
        return new RelativeEntropyDetector(series.min(), series.max());
      }
    };
  }

  @Override
  public Verdict observe(long timeMillis, double value) {
    ring[(int) (seen % WINDOW)] = value;
    seen++;
    if (seen < WINDOW || !(hi > lo)) {
      return Verdict.NORMAL;
    }
    double[] p = distribution();
    int best = -1;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (int h = 0; h < hypothesisCount; h++) {
      double d = 2.0 * WINDOW * kl(p, hypotheses[h]);
      if (d < CHI2_THRESHOLD && d < bestDistance) {
        bestDistance = d;
        best = h;
      }
    }
    if (best < 0) {
      if (hypothesisCount < MAX_HYPOTHESES) {
        hypotheses[hypothesisCount] = p;
        counts[hypothesisCount++] = 1;
      }
      return new Verdict(1.0, Double.NaN, Double.NaN, null, "");
    }
    counts[best]++;
    return counts[best] <= 1 ? new Verdict(1.0, Double.NaN, Double.NaN, null, "") : Verdict.NORMAL;
  }

  private double[] distribution() {
    double step = (hi - lo) / BINS;
    double[] p = new double[BINS];
    int counted = 0;
    for (double v : ring) {
      double b = Math.ceil((v - lo) / step);
      if (b >= 0 && b <= BINS) {
        p[Math.min((int) b, BINS - 1)]++;
        counted++;
      }
    }
    for (int i = 0; i < BINS; i++) {
      p[i] = counted == 0 ? 0 : p[i] / counted;
    }
    return p;
  }

  private static double kl(double[] p, double[] q) {
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      if (p[i] > 0) {
        if (q[i] == 0) {
          return Double.POSITIVE_INFINITY;
        }
        sum += p[i] * Math.log(p[i] / q[i]);
      }
    }
    return sum;
  }
}
