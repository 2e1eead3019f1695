package io.heal.detect;

import io.heal.detect.internal.DistributionNovelty;
import io.heal.detect.spi.Detector;
import io.heal.detect.spi.DetectorFactory;
import io.heal.detect.spi.Verdict;

/**
 * The relative-entropy baseline of Wang et al. (ICAC 2011) as NAB runs it: the distribution of the
 * last {@value #WINDOW} values over 5 bins of the series' range is compared with every distribution
 * seen so far; a distribution unlike all of them scores 1 and becomes a new hypothesis.
 *
 * <p>A reference detector for the NAB harness: it needs the series' minimum and maximum (without
 * them it scores 0). It keeps up to {@value #MAX_HYPOTHESES} hypotheses, far more than any NAB file
 * makes, so it matches NAB's unbounded list exactly. Not thread-safe.
 */
public final class RelativeEntropyDetector implements Detector {

  /** The name used on the command line. */
  public static final String NAME = "relative-entropy";

  /** Values in the sliding window. */
  public static final int WINDOW = 52;

  static final int MAX_HYPOTHESES = 4096;

  private static final Verdict NOVEL = new Verdict(1.0, Double.NaN, Double.NaN, null, "");

  private final double lo;
  private final double hi;
  private final DistributionNovelty test = new DistributionNovelty(WINDOW, MAX_HYPOTHESES);

  private RelativeEntropyDetector(double lo, double hi) {
    this.lo = lo;
    this.hi = hi;
  }

  /** A factory; its detectors score 0 for series whose range is unknown. */
  public static DetectorFactory factory() {
    return Factories.of(NAME, s -> new RelativeEntropyDetector(s.min(), s.max()));
  }

  @Override
  public Verdict observe(long timeMillis, double value) {
    return test.update(value, lo, hi) > 0 ? NOVEL : Verdict.NORMAL;
  }
}
