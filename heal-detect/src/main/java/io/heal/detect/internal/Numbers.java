package io.heal.detect.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/** Number formatting for hints: three significant digits, no exponent for everyday sizes. */
public final class Numbers {

  private Numbers() {}

  /** {@code 450}, {@code 0.0123}, {@code 1.23E+9}. */
  public static String format(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return Double.toString(v);
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e6) {
      return Long.toString((long) v);
    }
    BigDecimal d = new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros();
    return Math.abs(v) >= 1e-3 && Math.abs(v) < 1e9 ? d.toPlainString() : d.toString();
  }

  /** {@code 512 B}, {@code 1.5 KiB}, {@code 36.8 MiB}, {@code 2.1 GiB}: binary units, 3 digits. */
  public static String bytes(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return Double.toString(v);
    }
    String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    double scaled = v;
    int i = 0;
    while (Math.abs(scaled) >= 1024 && i < units.length - 1) {
      scaled /= 1024;
      i++;
    }
    return format(scaled) + " " + units[i];
  }
}
