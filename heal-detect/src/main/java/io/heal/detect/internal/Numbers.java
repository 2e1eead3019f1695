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
}
