package io.heal.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes durations as people write them in heal.yaml: {@code 500ms}, {@code 1s}, {@code
 * 1.5s}, {@code 2m}, {@code 1h}, {@code 1d}, combinations such as {@code 1m30s}, and ISO-8601 such
 * as {@code PT1S}. A leading {@code -} makes a negative duration (parsed, so that validation can
 * say "must not be negative" with the value). Thread-safe: stateless.
 */
public final class Durations {

  /** What {@link #parse} accepts, for error messages. */
  public static final String SYNTAX = "a duration such as 500ms, 1s, 1.5s, 2m, 1h";

  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)");
  private static final Pattern WHOLE = Pattern.compile("-?(?:" + PART.pattern() + ")+");

  private Durations() {}

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException naming the text when it is not a duration
   */
  public static Duration parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("duration must not be null");
    }
    String trimmed = text.strip();
    if (trimmed.equals("0")) {
      return Duration.ZERO;
    }
    String upper = trimmed.toUpperCase(Locale.ROOT);
    if (upper.startsWith("P") || upper.startsWith("-P")) {
      try {
        return Duration.parse(upper);
      } catch (DateTimeParseException e) {
        throw notADuration(text);
      }
    }
    if (!WHOLE.matcher(trimmed).matches()) {
      throw notADuration(text);
    }
    boolean negative = trimmed.startsWith("-");
    BigDecimal nanos = BigDecimal.ZERO;
    Matcher part = PART.matcher(trimmed);
    while (part.find()) {
      nanos = nanos.add(new BigDecimal(part.group(1)).multiply(nanosPer(part.group(2))));
    }
    try {
      Duration value = Duration.ofNanos(nanos.longValueExact());
      return negative ? value.negated() : value;
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("duration is too long, found '" + text + "'");
    }
  }

  /**
   * Writes {@code duration} in the largest whole unit that fits: {@code 1h}, {@code 2m}, {@code
   * 5s}, {@code 1.5s}, {@code 500ms}; other values as a decimal number of milliseconds.
   */
  public static String format(Duration duration) {
    if (duration.isNegative()) {
      return "-" + format(duration.negated());
    }
    if (duration.isZero()) {
      return "0s";
    }
    BigDecimal nanos =
        BigDecimal.valueOf(duration.getSeconds())
            .multiply(BigDecimal.valueOf(1_000_000_000L))
            .add(BigDecimal.valueOf(duration.getNano()));
    for (String unit : new String[] {"d", "h", "m"}) {
      BigDecimal[] quotient = nanos.divideAndRemainder(nanosPer(unit));
      if (quotient[1].signum() == 0) {
        return quotient[0].toPlainString() + unit;
      }
    }
    if (nanos.remainder(nanosPer("ms")).signum() == 0 && nanos.compareTo(nanosPer("s")) >= 0) {
      return plain(nanos.divide(nanosPer("s"))) + "s";
    }
    return plain(nanos.divide(nanosPer("ms"))) + "ms";
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static BigDecimal nanosPer(String unit) {
    long nanos =
        switch (unit) {
          case "ms" -> 1_000_000L;
          case "s" -> 1_000_000_000L;
          case "m" -> 60_000_000_000L;
          case "h" -> 3_600_000_000_000L;
          case "d" -> 86_400_000_000_000L;
          default -> throw new IllegalStateException("unknown unit " + unit);
        };
    return BigDecimal.valueOf(nanos);
  }

  private static IllegalArgumentException notADuration(String text) {
    return new IllegalArgumentException("must be " + SYNTAX + ", found '" + text + "'");
  }
}
