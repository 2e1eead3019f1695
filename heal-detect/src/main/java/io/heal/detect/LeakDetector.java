package io.heal.detect;

import io.heal.core.anomaly.Severity;
import io.heal.detect.internal.Numbers;
import io.heal.detect.internal.SlidingRegression;
import io.heal.detect.spi.Detector;
import io.heal.detect.spi.DetectorFactory;
import io.heal.detect.spi.SeriesInfo;
import io.heal.detect.spi.Verdict;
import java.time.Duration;
import java.util.Locale;

/**
 * A slow leak: a sustained rise of a value (RSS, heap, open files) over a full window, fitted by
 * least squares. An anomaly when the window is full, the line explains the points well (R squared
 * at least {@value #DEFAULT_MIN_R_SQUARED}) and the value rose by at least {@value
 * #DEFAULT_MIN_RISE_FRACTION} of its level over the window. With a known limit (the series' max)
 * the hint says when the limit is reached at this rate; the anomaly is HIGH when that is sooner
 * than {@code urgentWithin}, else MEDIUM. Not thread-safe.
 */
public final class LeakDetector implements Detector {

  /** The name used in configuration. */
  public static final String NAME = "leak";

  public static final int DEFAULT_WINDOW_SAMPLES = 60;
  public static final double DEFAULT_MIN_R_SQUARED = 0.8;
  public static final double DEFAULT_MIN_RISE_FRACTION = 0.05;
  public static final Duration DEFAULT_URGENT_WITHIN = Duration.ofHours(1);

  private final SlidingRegression line;
  private final double limit;
  private final Duration urgentWithin;

  /**
   * @param windowSamples the samples the slope is fitted over
   * @param limit the value at which the resource runs out, or NaN when unknown
   * @param urgentWithin a leak reaching its limit sooner than this is HIGH
   */
  public LeakDetector(int windowSamples, double limit, Duration urgentWithin) {
    if (urgentWithin == null || urgentWithin.isNegative()) {
      throw new IllegalArgumentException("urgentWithin: must be positive, found " + urgentWithin);
    }
    this.line = new SlidingRegression(windowSamples);
    this.limit = limit;
    this.urgentWithin = urgentWithin;
  }

  /** A factory with the defaults; the limit is the series' max when known. */
  public static DetectorFactory factory() {
    return Factories.of(
        NAME,
        (SeriesInfo s) -> new LeakDetector(DEFAULT_WINDOW_SAMPLES, s.max(), DEFAULT_URGENT_WITHIN));
  }

  @Override
  public Verdict observe(long timeMillis, double value) {
    line.add(timeMillis / 1000.0, value);
    if (!line.full()) {
      return Verdict.NORMAL;
    }
    SlidingRegression.Fit fit = line.fit();
    double rise = fit.slopePerSecond() * fit.spanSeconds();
    double level = Math.max(Math.abs(fit.fittedNow() - rise), Math.abs(fit.fittedNow()));
    double riseFraction = level == 0 ? (rise > 0 ? 1 : 0) : rise / level;
    double score = rise <= 0 ? 0 : fit.rSquared() * Math.min(1, riseFraction / 0.5);
    if (rise <= 0
        || fit.rSquared() < DEFAULT_MIN_R_SQUARED
        || riseFraction < DEFAULT_MIN_RISE_FRACTION) {
      return Verdict.normal(score, fit.fittedNow(), Double.NaN);
    }
    double perMinute = fit.slopePerSecond() * 60;
    String reason =
        String.format(
            Locale.ROOT,
            "rising %s per minute for %s",
            Numbers.format(perMinute),
            human(fit.spanSeconds()));
    Severity severity = Severity.MEDIUM;
    if (!Double.isNaN(limit) && limit > value) {
      double secondsLeft = (limit - value) / fit.slopePerSecond();
      reason += ", limit " + Numbers.format(limit) + " reached in ~" + human(secondsLeft);
      if (secondsLeft < urgentWithin.toSeconds()) {
        severity = Severity.HIGH;
      }
    } else if (!Double.isNaN(limit)) {
      reason += ", at its limit " + Numbers.format(limit);
      severity = Severity.HIGH;
    }
    return new Verdict(score, fit.fittedNow(), Double.NaN, severity, reason);
  }

  /** Seconds to "45 s", "12 min", "3.5 h", "2.1 d". */
  static String human(double seconds) {
    if (seconds < 90) {
      return Math.round(seconds) + " s";
    }
    if (seconds < 5400) {
      return Math.round(seconds / 60) + " min";
    }
    if (seconds < 172800) {
      return Numbers.format(Math.round(seconds / 360) / 10.0) + " h";
    }
    return Numbers.format(Math.round(seconds / 8640) / 10.0) + " d";
  }
}
