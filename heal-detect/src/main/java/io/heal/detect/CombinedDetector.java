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
 * novelty (three of the four contexts new, not in a cool-down) or, during a cool-down, a novelty
 * twice as far from the baseline as the last alert; and it is at least {@value
 * EwmaDetector#DEFAULT_MEDIUM_Z} sigma from the baseline: MEDIUM, HIGH from {@value
 * EwmaDetector#DEFAULT_HIGH_Z} sigma. Not thread-safe.
 */
public final class CombinedDetector implements Detector {

  /** The name used in configuration and on the command line. */
  public static final String NAME = "combined";

  public static final double BASELINE_HALF_LIFE_SAMPLES = 60;

  /** Weight of the z-score tie-break: small enough never to reorder novelty levels. */
  static final double TIE_BREAK = 0.01;

  /** The raw novelty an alert needs: at least three of the four contexts never seen. */
  static final double ALERT_RAW = 0.75;

  /**
   * During a cool-down, a novelty this many times farther from the baseline than the last alert
   * (and at least {@value EwmaDetector#DEFAULT_HIGH_Z} sigma) is alerted anyway.
   */
  static final double ESCALATION_FACTOR = 2.0;

  private final ContextNoveltyDetector novelty;
  private double lastAlertZ;
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
    boolean fresh = novelty.freshDetection() && novelty.raw() >= ALERT_RAW;
    boolean escalation =
        novelty.raw() >= ContextNoveltyDetector.DETECTION_RAW
            && a >= EwmaDetector.DEFAULT_HIGH_Z
            && a >= ESCALATION_FACTOR * lastAlertZ;
    if (!(fresh || escalation) || a < EwmaDetector.DEFAULT_MEDIUM_Z) {
      return Verdict.normal(score, expected, spread);
    }
    lastAlertZ = a;
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
