package io.heal.detect;

import io.heal.core.anomaly.Severity;
import java.time.Duration;
import java.util.List;

/**
 * One multi-window burn-rate alert of the Google SRE workbook: fires when the error budget burns at
 * least {@code burnRate} times faster than sustainable over both the long and the short window.
 */
public record BurnRateRule(
    Duration longWindow, Duration shortWindow, double burnRate, Severity severity) {

  /** The workbook's recommended rules: two pages and a ticket. */
  public static final List<BurnRateRule> DEFAULTS =
      List.of(
          new BurnRateRule(Duration.ofHours(1), Duration.ofMinutes(5), 14.4, Severity.HIGH),
          new BurnRateRule(Duration.ofHours(6), Duration.ofMinutes(30), 6, Severity.HIGH),
          new BurnRateRule(Duration.ofDays(3), Duration.ofHours(6), 1, Severity.MEDIUM));

  public BurnRateRule {
    if (longWindow == null || shortWindow == null || shortWindow.compareTo(longWindow) > 0) {
      throw new IllegalArgumentException(
          "shortWindow: must not be longer than longWindow ("
              + longWindow
              + "), found "
              + shortWindow);
    }
    if (shortWindow.isZero() || shortWindow.isNegative()) {
      throw new IllegalArgumentException("shortWindow: must be positive, found " + shortWindow);
    }
    if (!(burnRate > 0)) {
      throw new IllegalArgumentException("burnRate: must be positive, found " + burnRate);
    }
    if (severity == null) {
      throw new IllegalArgumentException("severity: must not be null");
    }
  }
}
