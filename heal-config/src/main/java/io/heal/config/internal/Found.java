package io.heal.config.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.heal.config.Durations;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Shows a value found in a config file the way an error message needs it: short and unambiguous.
 */
public final class Found {

  private static final int MAX_LENGTH = 80;
  private static final Pattern LOOKS_TYPED =
      Pattern.compile("-?\\d+(\\.\\d+)?|true|false|yes|no|on|off|null", Pattern.CASE_INSENSITIVE);

  private Found() {}

  /** A node as written: scalars bare, lists and maps as compact JSON, long text cut short. */
  public static String node(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return null;
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isTextual()) {
      String text = node.textValue();
      // quoted text that looks like a number or boolean: show the quotes, they are the problem
      return LOOKS_TYPED.matcher(text).matches() ? "\"" + text + "\"" : text(text);
    }
    if (node.isValueNode()) {
      return node.asText();
    }
    return shorten(node.toString());
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
