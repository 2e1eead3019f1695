package io.heal.detect;

import io.heal.core.anomaly.Anomaly;
import io.heal.detect.internal.Numbers;
import io.heal.detect.spi.SeriesInfo;
import io.heal.detect.spi.Verdict;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a detector's verdict into an {@link Anomaly} with a hint in words, such as {@code
 * "latency_p95_ms 450 ms, 4.1 sigma above its baseline of 120 ms"}. Stateless and thread-safe.
 */
public final class Anomalies {

  private static final Pattern NUMBER_AFTER_OF =
      Pattern.compile("\\b(?:of|limit) (-?\\d+(?:\\.\\d+)?(?:E[+-]?\\d+)?)(?![\\w%])");

  /**
   * A number in a reason that is a quantity of the series itself: not a share ({@code 96%}), a
   * ratio ({@code 14.4x}), a z-score ({@code 4.1 sigma}) or a span of time ({@code 2 s}, {@code 12
   * min}).
   */
  private static final Pattern QUANTITY =
      Pattern.compile(
          "(?<![\\w.])-?\\d+(?:\\.\\d+)?(?:E[+-]?\\d+)?(?![\\w%.]| (?:s|min|h|d|sigma)\\b)");

  private Anomalies() {}

  /**
   * The anomaly for a verdict, or empty when the verdict is normal.
   *
   * @param service the service the series belongs to
   * @param at the sample's time
   * @param series the series (its metric name and unit appear in the hint)
   * @param detector the detector's name
   * @param value the sample's value
   * @param verdict the detector's verdict on it
   */
  public static Optional<Anomaly> of(
      String service,
      Instant at,
      SeriesInfo series,
      String detector,
      double value,
      Verdict verdict) {
    if (!verdict.isAnomaly()) {
      return Optional.empty();
    }
    return Optional.of(
        new Anomaly(
            service,
            at,
            series.metric(),
            detector,
            value,
            verdict.expected(),
            verdict.spread(),
            verdict.score(),
            verdict.severity(),
            hint(series, value, verdict.reason())));
  }

  /**
   * {@code "<metric> <value> <unit>, <reason>"}, with the unit also after the reason's numbers. A
   * series in bytes (unit {@code bytes}, or no unit and a Prometheus-style name ending in {@code
   * _bytes}) shows its quantities in binary units: {@code 36.8 MiB}, not {@code 38600000}.
   */
  public static String hint(SeriesInfo series, double value, String reason) {
    if (inBytes(series)) {
      String text = series.metric() + " " + Numbers.bytes(value);
      return reason.isEmpty()
          ? text
          : text
              + ", "
              + QUANTITY
                  .matcher(reason)
                  .replaceAll(
                      m -> Matcher.quoteReplacement(Numbers.bytes(Double.parseDouble(m.group()))));
    }
    String unit = series.unit().isBlank() ? "" : " " + series.unit();
    String text = series.metric() + " " + Numbers.format(value) + unit;
    if (reason.isEmpty()) {
      return text;
    }
    String withUnits =
        unit.isEmpty()
            ? reason
            : NUMBER_AFTER_OF
                .matcher(reason)
                .replaceAll(m -> Matcher.quoteReplacement(m.group() + unit));
    return text + ", " + withUnits;
  }

  private static boolean inBytes(SeriesInfo series) {
    String unit = series.unit().strip();
    return unit.equalsIgnoreCase("bytes")
        || unit.equals("B")
        || (unit.isEmpty() && series.metric().endsWith("_bytes"));
  }
}
