package io.heal.detect;

import io.heal.core.anomaly.Severity;
import io.heal.detect.internal.EwmaStats;
import io.heal.detect.internal.Numbers;
import io.heal.detect.internal.ZScores;
import io.heal.detect.spi.Detector;
import io.heal.detect.spi.DetectorFactory;
import io.heal.detect.spi.SeriesInfo;
import io.heal.detect.spi.Verdict;
import java.util.Locale;

/**
 * The detector the daemon uses by default, with one parameter set: {@link ContextNoveltyDetector}
 * ranks the samples (its score is this detector's score, with a small tie-break by the z-score),
 * and an exponentially weighted baseline (half-life {@value #BASELINE_HALF_LIFE_SAMPLES} samples)
 * gives the expected value, the spread and the severity. A sample is an anomaly when it is a fresh
 * novelty (not in a cool-down) and at least {@value EwmaDetector#DEFAULT_MEDIUM_Z} sigma from the
 * baseline: MEDIUM, HIGH from {@value EwmaDetector#DEFAULT_HIGH_Z} sigma. Not thread-safe.
 */
public final class CombinedDetector implements Detector {

  /** The name used in configuration and on the command line. */
  public static final String NAME = "combined";

  public static final double BASELINE_HALF_LIFE_SAMPLES = 60;

  /** Weight of the z-score tie-break: small enough never to reorder novelty levels. */
  static final double TIE_BREAK = 0.01;

  private final ContextNoveltyDetector novelty;
  private final EwmaStats baseline =
      new EwmaStats(EwmaStats.alphaForHalfLife(BASELINE_HALF_LIFE_SAMPLES));

  public CombinedDetector(SeriesInfo series) {
    this.novelty =
        new ContextNoveltyDetector(series, ContextNoveltyDetector.DEFAULT_COOL_DOWN_SAMPLES);
  }

  /** A factory for the default detector. */
  public static DetectorFactory factory() {
    return Factories.of(NAME, CombinedDetector::new);
  }

  @Override
  public Verdict observe(long timeMillis, double value) {
    double score = novelty.update(value);
    double expected = baseline.mean();
    double spread = baseline.stdDev();
    boolean warm = baseline.count() >= EwmaDetector.DEFAULT_WARMUP_SAMPLES;
    baseline.add(value);
    if (!warm) {
      return score == 0 ? Verdict.NORMAL : Verdict.normal(score, Double.NaN, Double.NaN);
    }
    double z = ZScores.z(value, expected, spread);
    double tieBreak = TIE_BREAK * ZScores.score(z, EwmaDetector.DEFAULT_HIGH_Z);
    score = (1 - TIE_BREAK) * score + tieBreak;
    double a = Math.abs(z);
    if (!novelty.freshDetection() || a < EwmaDetector.DEFAULT_MEDIUM_Z) {
      return Verdict.normal(score, expected, spread);
    }
    Severity severity = a >= EwmaDetector.DEFAULT_HIGH_Z ? Severity.HIGH : Severity.MEDIUM;
    String reason =
        String.format(
            Locale.ROOT,
            "%.1f sigma %s its baseline of %s, a level not seen before",
            a,
            z > 0 ? "above" : "below",
            Numbers.format(expected));
    return new Verdict(score, expected, spread, severity, reason);
  }
}
