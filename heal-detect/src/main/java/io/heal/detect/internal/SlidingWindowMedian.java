package io.heal.detect.internal;

import java.util.Arrays;

/**
 * The median and the median absolute deviation of the last {@code size} values. Keeps a ring of the
 * values and a sorted copy; each sample moves at most {@code size} entries, so memory and time per
 * sample are bounded by the fixed window size. Not thread-safe.
 */
public final class SlidingWindowMedian {

  private final double[] ring;
  private final double[] sorted;
  private int count;
  private int next;

  public SlidingWindowMedian(int size) {
    if (size < 3) {
      throw new IllegalArgumentException("size: must be at least 3, found " + size);
    }
    ring = new double[size];
    sorted = new double[size];
  }

  /** Adds a value, dropping the oldest once the window is full. */
  public void add(double value) {
    if (count == ring.length) {
      double old = ring[next];
      int at = Arrays.binarySearch(sorted, 0, count, old);
      System.arraycopy(sorted, at + 1, sorted, at, count - at - 1);
      count--;
    }
    ring[next] = value;
    next = (next + 1) % ring.length;
    int at = Arrays.binarySearch(sorted, 0, count, value);
    if (at < 0) {
      at = -at - 1;
    }
    System.arraycopy(sorted, at, sorted, at + 1, count - at);
    sorted[at] = value;
    count++;
  }

  /** The number of values held (at most the window size). */
  public int count() {
    return count;
  }

  /** The median of the window; NaN when empty. */
  public double median() {
    if (count == 0) {
      return Double.NaN;
    }
    int mid = count / 2;
    return count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
  }

  /**
   * The median absolute deviation from the median; NaN when empty. The deviations below and above
   * the median are two sorted runs of the sorted window, merged outward from the middle until the
   * median deviation is reached: at most half a window of steps, no sort.
   */
  public double medianAbsoluteDeviation() {
    if (count == 0) {
      return Double.NaN;
    }
    double m = median();
    int lo = lowerStart(m);
    int hi = lo + 1;
    int mid = count / 2;
    double previous = 0;
    double current = 0;
    for (int k = 0; k <= mid; k++) {
      previous = current;
      double left = lo >= 0 ? m - sorted[lo] : Double.POSITIVE_INFINITY;
      double right = hi < count ? sorted[hi] - m : Double.POSITIVE_INFINITY;
      if (left <= right) {
        current = left;
        lo--;
      } else {
        current = right;
        hi++;
      }
    }
    return count % 2 == 1 ? current : (previous + current) / 2.0;
  }

  /** The index of the last value at or below {@code m}. */
  private int lowerStart(double m) {
    int at = Arrays.binarySearch(sorted, 0, count, m);
    if (at < 0) {
      return -at - 2;
    }
    while (at + 1 < count && sorted[at + 1] == m) {
      at++;
    }
    return at;
  }

  /** The mean absolute deviation from the median; NaN when empty. */
  public double meanAbsoluteDeviation() {
    double m = median();
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += Math.abs(sorted[i] - m);
    }
    return count == 0 ? Double.NaN : sum / count;
  }
}
