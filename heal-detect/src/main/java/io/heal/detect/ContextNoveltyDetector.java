package io.heal.detect;

import io.heal.detect.internal.AdaptiveRange;
import io.heal.detect.internal.DistributionNovelty;
import io.heal.detect.spi.Detector;
import io.heal.detect.spi.DetectorFactory;
import io.heal.detect.spi.SeriesInfo;
import io.heal.detect.spi.Verdict;

/**
 * Contextual novelty at two time scales, in the spirit of CAD OSE and the relative-entropy test.
 *
 * <p>Point contexts: the value is quantised at two resolutions ({@value #COARSE_LEVELS} and {@value
 * #FINE_LEVELS} equal bins of its range), and at each resolution two contexts are remembered: the
 * level itself and the transition from the previous level. Window context: the distribution of the
 * last {@value #DISTRIBUTION_WINDOW} values over five bins, tested against the distributions seen
 * before ({@link DistributionNovelty}). The raw score is the share of the four point contexts never
 * seen before, or {@value #DISTRIBUTION_RAW} for a novel distribution if that is higher. After a
 * raw score of at least {@value #DETECTION_RAW} the detector cools down for {@value
 * #DEFAULT_COOL_DOWN_SAMPLES} samples: its scores are scaled down and recover linearly, so one
 * incident yields one alert rather than a burst.
 *
 * <p>The range is the series' min and max when known, else learned ({@link AdaptiveRange}); when a
 * learned range widens the memory is cleared. Memory: a few hundred bits and at most {@value
 * #MAX_DISTRIBUTIONS} distributions; time: a handful of operations per sample in the steady state.
 * Not thread-safe.
 */
public final class ContextNoveltyDetector implements Detector {

  /** The name used in configuration. */
  public static final String NAME = "context-novelty";

  public static final int COARSE_LEVELS = 8;
  public static final int FINE_LEVELS = 16;
  public static final int DEFAULT_COOL_DOWN_SAMPLES = 100;

  /** The raw novelty that counts as a detection and starts a cool-down. */
  public static final double DETECTION_RAW = 0.5;

  private static final double COOL_DOWN_CEILING = 0.5;
  private static final int CONTEXTS = 4;
  private static final int COARSE_BASE = 0;
  private static final int COARSE_PAIR_BASE = COARSE_BASE + COARSE_LEVELS;
  private static final int FINE_BASE = COARSE_PAIR_BASE + COARSE_LEVELS * COARSE_LEVELS;
  private static final int FINE_PAIR_BASE = FINE_BASE + FINE_LEVELS;
  private static final int BITS = FINE_PAIR_BASE + FINE_LEVELS * FINE_LEVELS;

  /** Values whose distribution is tested for novelty. */
  public static final int DISTRIBUTION_WINDOW = 52;

  /** Distributions remembered (constant memory); the least confirmed is replaced when full. */
  public static final int MAX_DISTRIBUTIONS = 64;

  /**
   * The raw score of a novel distribution: between two and three of the four point contexts, so a
   * slow change of shape ranks above a lone new transition and below a new level.
   */
  public static final double DISTRIBUTION_RAW = 0.6;

  private final AdaptiveRange range;
  private final DistributionNovelty distribution =
      new DistributionNovelty(DISTRIBUTION_WINDOW, MAX_DISTRIBUTIONS);
  private final int coolDownSamples;
  private final long[] seen = new long[(BITS + 63) / 64];
  private int previousCoarse = -1;
  private int previousFine = -1;
  private int sinceDetection = Integer.MAX_VALUE;
  private double raw;
  private boolean fresh;

  /**
   * @param series the series; its min and max fix the range when both are known
   * @param coolDownSamples samples after a detection during which scores are scaled down
   */
  public ContextNoveltyDetector(SeriesInfo series, int coolDownSamples) {
    if (coolDownSamples < 0) {
      throw new IllegalArgumentException(
          "coolDownSamples: must not be negative, found " + coolDownSamples);
    }
    this.range = new AdaptiveRange(series.min(), series.max());
    this.coolDownSamples = coolDownSamples;
  }

  /** A factory with the default cool-down. */
  public static DetectorFactory factory() {
    return Factories.of(NAME, s -> new ContextNoveltyDetector(s, DEFAULT_COOL_DOWN_SAMPLES));
  }

  @Override
  public Verdict observe(long timeMillis, double value) {
    double score = update(value);
    return score == 0 ? Verdict.NORMAL : Verdict.normal(score, Double.NaN, Double.NaN);
  }

  /**
   * Feeds a value and returns the score (after cool-down scaling). {@link #raw()} and {@link
   * #freshDetection()} describe the same sample.
   */
  double update(double value) {
    if (range.update(value)) {
      java.util.Arrays.fill(seen, 0L);
      distribution.reset();
      previousCoarse = -1;
      previousFine = -1;
    }
    if (!range.ready()) {
      raw = 0;
      fresh = false;
      return 0;
    }
    int coarse = range.level(value, COARSE_LEVELS);
    int fine = range.level(value, FINE_LEVELS);
    int novel = mark(COARSE_BASE + coarse) + mark(FINE_BASE + fine);
    int contexts = 2;
    if (previousCoarse >= 0) {
      novel += mark(COARSE_PAIR_BASE + previousCoarse * COARSE_LEVELS + coarse);
      novel += mark(FINE_PAIR_BASE + previousFine * FINE_LEVELS + fine);
      contexts = CONTEXTS;
    }
    previousCoarse = coarse;
    previousFine = fine;
    double shape = distribution.update(value, range.lo(), range.hi());
    raw = Math.max(novel / (double) contexts, DISTRIBUTION_RAW * shape);
    double score = raw;
    boolean coolingDown = sinceDetection < coolDownSamples;
    if (coolingDown) {
      score = raw * COOL_DOWN_CEILING * sinceDetection / coolDownSamples;
    }
    if (sinceDetection < Integer.MAX_VALUE) {
      sinceDetection++;
    }
    fresh = raw >= DETECTION_RAW && !coolingDown;
    if (raw >= DETECTION_RAW) {
      sinceDetection = 0;
    }
    return score;
  }

  /** The share of novel contexts of the last sample, before cool-down. */
  double raw() {
    return raw;
  }

  /** Whether the last sample was a detection outside a cool-down. */
  boolean freshDetection() {
    return fresh;
  }

  private int mark(int bit) {
    long mask = 1L << (bit & 63);
    int word = bit >>> 6;
    if ((seen[word] & mask) != 0) {
      return 0;
    }
    seen[word] |= mask;
    return 1;
  }
}
