package io.heal.report.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Durations as people read them: {@code 3 ms}, {@code 2.5 ms}, {@code 1.25 s}, {@code 3 min 05 s}.
 */
public final class Durations {

  /** Shown where a duration is not known yet. */
  public static final String UNKNOWN = "-";

  private static final Duration SECOND = Duration.ofSeconds(1);
  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final Duration HOUR = Duration.ofHours(1);

  private Durations() {}

  /** The duration in the largest unit that keeps it short. */
  public static String human(Duration d) {
    if (d.isNegative()) {
      return "-" + human(d.negated());
    }
    if (d.compareTo(SECOND) < 0) {
      double ms = d.toNanos() / 1e6;
      if (ms < 10 && ms != Math.floor(ms)) {
        return String.format(Locale.ROOT, "%.1f ms", ms);
      }
      return Math.round(ms) + " ms";
    }
    if (d.compareTo(MINUTE) < 0) {
      String s = String.format(Locale.ROOT, "%.2f", d.toMillis() / 1e3);
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
      return s + " s";
    }
    if (d.compareTo(HOUR) < 0) {
      return String.format(Locale.ROOT, "%d min %02d s", d.toMinutes(), d.toSecondsPart());
    }
    return String.format(Locale.ROOT, "%d h %02d min", d.toHours(), d.toMinutesPart());
  }

  /** {@link #human} or {@link #UNKNOWN}. */
  public static String human(Optional<Duration> d) {
    return d.map(Durations::human).orElse(UNKNOWN);
  }

  /** An offset from onset: {@code +412 ms}. */
  public static String offset(Duration d) {
    return d.isNegative() ? human(d) : "+" + human(d);
  }

  /** The median, or empty for no values; the mean of the middle two for an even count. */
  public static Optional<Duration> median(List<Duration> values) {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    List<Duration> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int mid = sorted.size() / 2;
    if (sorted.size() % 2 == 1) {
      return Optional.of(sorted.get(mid));
    }
    return Optional.of(sorted.get(mid - 1).plus(sorted.get(mid)).dividedBy(2));
  }
}
