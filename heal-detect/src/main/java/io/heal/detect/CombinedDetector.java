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
 * novelty (three of the four contexts new, not in a cool-down) or, during a cool-down, a novelty at
 * least 6 sigma and twice as far from the baseline as the last alert; after the first {@value
 * #ALERT_WARMUP_SAMPLES} samples; and it is at least {@value #DEFAULT_MEDIUM_Z} sigma from the
 * baseline: MEDIUM, HIGH from {@value #DEFAULT_HIGH_Z} sigma. (Stricter than {@link EwmaDetector}'s
 * 2 and 3: a novelty test on single points sees the tails of ordinary noise.) Not thread-safe.
 */
public final class CombinedDetector implements Detector {

  /** The name used in configuration and on the command line. */
  public static final String NAME = "combined";

  public static final double BASELINE_HALF_LIFE_SAMPLES = 60;

  /** A novelty this many sigma from the baseline is a MEDIUM anomaly. */
  public static final double DEFAULT_MEDIUM_Z = 3.0;

  /** A novelty this many sigma from the baseline is a HIGH anomaly. */
  public static final double DEFAULT_HIGH_Z = 5.0;

  /** Weight of the z-score tie-break: small enough never to reorder novelty levels. */
  static final double TIE_BREAK = 0.01;

  /** The raw novelty an alert needs: at least three of the four contexts never seen. */
  static final double ALERT_RAW = 0.75;

  /**
   * During a cool-down, a novelty this many times farther from the baseline than the last alert
   * (and at least {@value #ESCALATION_MIN_Z} sigma) is alerted anyway.
   */
  static final double ESCALATION_FACTOR = 2.0;

  /** An escalation during a cool-down needs at least this many sigma. */
  static final double ESCALATION_MIN_Z = 6.0;

  /** No alert before this many samples: the novelty memory and the baseline are still learning. */
  public static final int ALERT_WARMUP_SAMPLES = 100;

  private final ContextNoveltyDetector novelty;
  private double lastAlertZ;
  private int samplesSinceAlert = Integer.MAX_VALUE;
  private final EwmaStats baseline =
      new EwmaStats(EwmaStats.alphaForHalfLife(BASELINE_HALF_LIFE_SAMPLES));

  public CombinedDetector(SeriesInfo series) {
    this.novelty =
        new ContextNoveltyDetector(series, ContextNoveltyDetector.DEFAULT_COOL_DOWN_SAMPLES);
  }

  private static int coolDown() {
    return ContextNoveltyDetector.DEFAULT_COOL_DOWN_SAMPLES;
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
            && a >= ESCALATION_MIN_Z
            && a >= ESCALATION_FACTOR * (samplesSinceAlert < coolDown() ? lastAlertZ : 0);
    if (samplesSinceAlert < Integer.MAX_VALUE) {
      samplesSinceAlert++;
    }
    if (!(fresh || escalation)
        || a < DEFAULT_MEDIUM_Z
        || baseline.count() <= ALERT_WARMUP_SAMPLES) {
      return Verdict.normal(score, expected, spread);
    }
    lastAlertZ = a;
    samplesSinceAlert = 0;
    if (escalation && !fresh) {
      // keep the score in line with the verdict: an escalated alert ranks as a fresh novelty
      score = Math.max(score, (1 - TIE_BREAK) * novelty.raw() + tieBreak);
    }
    Severity severity = a >= DEFAULT_HIGH_Z ? Severity.HIGH : Severity.MEDIUM;
    String reason =
        String.format(
            Locale.ROOT,
            "%s %s its baseline of %s, a level not seen before",
            ZScores.sigmas(a),
            z > 0 ? "above" : "below",
            Numbers.format(expected));
    return new Verdict(score, expected, spread, severity, reason);
  }
}
