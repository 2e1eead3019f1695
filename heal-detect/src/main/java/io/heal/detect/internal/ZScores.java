package io.heal.detect.internal;

import io.heal.core.anomaly.Severity;
import io.heal.detect.spi.Verdict;
import java.util.Locale;

/** Turns a z-score against a baseline into a verdict. */
public final class ZScores {

  /** The largest |z| reported when the baseline has no spread but the value moved. */
  public static final double MAX_Z = 99.0;

  private ZScores() {}

  /** A z-score in (-MAX_Z, MAX_Z); a move away from a flat baseline counts as MAX_Z. */
  public static double z(double value, double expected, double spread) {
    double d = value - expected;
    if (spread > 0) {
      return Math.max(-MAX_Z, Math.min(MAX_Z, d / spread));
    }
    return d == 0 ? 0 : Math.copySign(MAX_Z, d);
  }

  /** {@code "4.1 sigma"}, or {@code "over 99 sigma"} at the cap (a flat baseline that moved). */
  public static String sigmas(double absZ) {
    return absZ >= MAX_Z ? "over 99 sigma" : String.format(Locale.ROOT, "%.1f sigma", absZ);
  }

  /** A score in [0, 1) rising with |z|: 0.5 at |z| = {@code highZ}. */
  public static double score(double z, double highZ) {
    double q = z / highZ;
    return (q * q) / (1 + q * q);
  }

  /** The verdict for a z-score: MEDIUM from {@code mediumZ}, HIGH from {@code highZ}. */
  public static Verdict verdict(
      double z, double expected, double spread, double mediumZ, double highZ, String baseline) {
    double a = Math.abs(z);
    double score = score(z, highZ);
    if (a < mediumZ) {
      return Verdict.normal(score, expected, spread);
    }
    Severity severity = a >= highZ ? Severity.HIGH : Severity.MEDIUM;
    String reason =
        String.format(
            Locale.ROOT,
            "%s %s its %s of %s",
            sigmas(a),
            z > 0 ? "above" : "below",
            baseline,
            Numbers.format(expected));
    return new Verdict(score, expected, spread, severity, reason);
  }
}
