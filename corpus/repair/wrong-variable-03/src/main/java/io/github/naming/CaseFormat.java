package io.github.naming;

import java.util.Locale;

/** Converts between snake_case and camelCase names (e.g. database columns and Java fields). */
public final class CaseFormat {

  private CaseFormat() {}

  /** {@code "order_line_id" -> "orderLineId"}; repeated underscores are ignored. */
  public static String snakeToCamel(String snake) {
    String[] parts = snake.toLowerCase(Locale.ROOT).split("_+");
    StringBuilder sb = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i];
      if (p.isEmpty()) {
        continue;
      }
      sb.append(Character.toUpperCase(parts[0].charAt(0))).append(p.substring(1));
    }
    return sb.toString();
  }

  /** {@code "orderLineId" -> "order_line_id"}. */
  public static String camelToSnake(String camel) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) {
          sb.append('_');
        }
        sb.append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
