package io.heal.config.internal;

import com.fasterxml.jackson.jr.ob.JSON;
import io.heal.config.Durations;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Shows a value found in a config file the way an error message needs it: short and unambiguous.
 */
public final class Found {

  private static final int MAX_LENGTH = 80;
  private static final Pattern LOOKS_TYPED =
      Pattern.compile("-?\\d+(\\.\\d+)?|true|false|yes|no|on|off|null", Pattern.CASE_INSENSITIVE);

  private Found() {}

  /**
   * A value of the YAML tree as written: scalars bare, lists and maps as compact JSON, long text
   * cut short.
   */
  public static String node(Object node) {
    if (node == null) {
      return "null";
    }
    if (node instanceof String text) {
      // quoted text that looks like a number or boolean: show the quotes, they are the problem
      return LOOKS_TYPED.matcher(text).matches() ? "\"" + text + "\"" : text(text);
    }
    if (node instanceof Map || node instanceof List) {
      try {
        return shorten(JSON.std.asString(node));
      } catch (IOException e) {
        return shorten(node.toString());
      }
    }
    return node.toString();
  }

  /** Whether a value of the YAML tree is a whole number (of any size). */
  public static boolean isWholeNumber(Object value) {
    return value instanceof Integer
        || value instanceof Long
        || value instanceof BigInteger
        || value instanceof Short
        || value instanceof Byte;
  }

  /** Text bare, quoted when empty or padded with spaces so that the problem can be seen. */
  public static String text(String text) {
    if (text.isEmpty() || !text.strip().equals(text)) {
      return "'" + text + "'";
    }
    return shorten(text);
  }

  /** A duration as written in heal.yaml, such as {@code 1.5s}. */
  public static String duration(Duration duration) {
    return Durations.format(duration);
  }

  /** A number without needless decimals: {@code 2}, {@code 0.5}. */
  public static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static String shorten(String text) {
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 3) + "...";
  }
}
