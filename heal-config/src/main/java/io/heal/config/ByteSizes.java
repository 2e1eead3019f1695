package io.heal.config;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes sizes in bytes as people write them in heal.yaml: a plain integer of bytes, or a
 * number with a unit: {@code B}, decimal {@code kB}, {@code MB}, {@code GB} (powers of 1000), or
 * binary {@code KiB}, {@code MiB}, {@code GiB} (powers of 1024). Fractions are rounded down to
 * whole bytes. Thread-safe: stateless.
 */
public final class ByteSizes {

  /** What {@link #parse} accepts, for error messages. */
  public static final String SYNTAX = "a size such as 512KiB, 10MiB, 1GiB, 100kB or bytes";

  /** One kibibyte. */
  public static final long KIB = 1024L;

  private static final Pattern SIZE =
      Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s*(B|kB|KB|KiB|MB|MiB|GB|GiB)?");

  private ByteSizes() {}

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException naming the text when it is not a size
   */
  public static long parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("size must not be null");
    }
    Matcher matcher = SIZE.matcher(text.strip());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("must be " + SYNTAX + ", found '" + text + "'");
    }
    String unit = matcher.group(2) == null ? "B" : matcher.group(2);
    BigDecimal bytes =
        new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(bytesPer(unit)));
    try {
      return bytes.setScale(0, RoundingMode.DOWN).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("size is too large, found '" + text + "'");
    }
  }

  /**
   * Writes {@code bytes} in the largest binary unit that divides it: {@code 10MiB}, {@code 1000}.
   */
  public static String format(long bytes) {
    for (String unit : new String[] {"GiB", "MiB", "KiB"}) {
      long per = bytesPer(unit);
      if (bytes != 0 && bytes % per == 0) {
        return bytes / per + unit;
      }
    }
    return Long.toString(bytes);
  }

  private static long bytesPer(String unit) {
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "b" -> 1L;
      case "kb" -> 1000L;
      case "kib" -> 1024L;
      case "mb" -> 1000L * 1000;
      case "mib" -> 1024L * 1024;
      case "gb" -> 1000L * 1000 * 1000;
      case "gib" -> 1024L * 1024 * 1024;
      default -> throw new IllegalStateException("unknown unit " + unit);
    };
  }
}
