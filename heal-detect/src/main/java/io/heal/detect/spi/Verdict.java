package io.heal.detect.spi;

import io.heal.core.anomaly.Severity;
import java.util.Optional;

/**
 * A detector's judgement of one sample.
 *
 * @param score how anomalous the sample is, in [0, 1]; only the ranking of scores matters
 * @param expected the baseline's expected value for this sample, or {@link Double#NaN} when the
 *     detector has no baseline yet
 * @param spread the baseline's spread (a standard deviation or its robust equivalent), or {@link
 *     Double#NaN}
 * @param severity how bad it is, or null when the sample is normal
 * @param reason a short phrase for the hint ("4.1 sigma above its baseline"), or empty
 */
public record Verdict(
    double score, double expected, double spread, Severity severity, String reason) {

  /** A normal sample with no baseline. */
  public static final Verdict NORMAL = new Verdict(0.0, Double.NaN, Double.NaN, null, "");

  public Verdict {
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score: must be in [0, 1], found " + score);
    }
    if (reason == null) {
      throw new IllegalArgumentException("reason: must not be null (use \"\" for none)");
    }
  }

  /** A normal sample scored {@code score} against a baseline. */
  public static Verdict normal(double score, double expected, double spread) {
    return new Verdict(score, expected, spread, null, "");
  }

  /** Whether the detector calls this sample an anomaly. */
  public boolean isAnomaly() {
    return severity != null;
  }

  /** The severity, when the sample is an anomaly. */
  public Optional<Severity> severityIfAnomaly() {
    return Optional.ofNullable(severity);
  }
}
