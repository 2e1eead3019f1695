package io.heal.sample;

import java.util.List;

/**
 * The sample service's arithmetic: division for {@code POST /compute} plus a few small statistics
 * helpers. Every method checks its arguments with a guard clause and throws {@link
 * IllegalArgumentException} whose message starts with the parameter name ({@code "b: must not be
 * zero, found 0"}), so callers can turn it into a field-level error.
 *
 * <p>Kept deliberately simple: the code-healing demo copies this source, removes a guard and lets
 * Heal repair it against {@code CalculatorTest}. Stateless and thread-safe.
 */
public final class Calculator {

  /** Returns {@code a / b}; refuses a zero divisor. */
  public double divide(double a, double b) {
    if (b == 0) {
      throw new IllegalArgumentException("b: must not be zero, found " + show(b));
    }
    return a / b;
  }

  /** Returns the arithmetic mean of {@code values}; refuses null, empty or null elements. */
  public double average(List<Double> values) {
    if (values == null) {
      throw new IllegalArgumentException("values: must not be null, found null");
    }
    if (values.isEmpty()) {
      throw new IllegalArgumentException("values: must not be empty, found []");
    }
    double sum = 0;
    for (int i = 0; i < values.size(); i++) {
      Double value = values.get(i);
      if (value == null) {
        throw new IllegalArgumentException("values[" + i + "]: must not be null, found null");
      }
      sum += value;
    }
    return sum / values.size();
  }

  /**
   * Returns the {@code p}-th percentile of an ascending array by the nearest-rank method: the
   * smallest element such that at least {@code p} percent of the elements are less or equal.
   *
   * @param sorted ascending values, not null and not empty
   * @param p the percentile, within [0, 100]
   */
  public double percentile(double[] sorted, double p) {
    if (sorted == null) {
      throw new IllegalArgumentException("sorted: must not be null, found null");
    }
    if (sorted.length == 0) {
      throw new IllegalArgumentException("sorted: must not be empty, found []");
    }
    if (p < 0 || p > 100 || Double.isNaN(p)) {
      throw new IllegalArgumentException("p: must be within [0, 100], found " + show(p));
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    int index = Math.max(rank - 1, 0);
    return sorted[index];
  }

  /** Returns {@code value} limited to [{@code min}, {@code max}]; refuses {@code min > max}. */
  public double clamp(double value, double min, double max) {
    if (min > max) {
      throw new IllegalArgumentException(
          "min: must not be greater than max (" + show(max) + "), found " + show(min));
    }
    if (value < min) {
      return min;
    }
    if (value > max) {
      return max;
    }
    return value;
  }

  /** Shows whole numbers without a fraction, so messages read "found 0" rather than "0.0". */
  static String show(double value) {
    if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
