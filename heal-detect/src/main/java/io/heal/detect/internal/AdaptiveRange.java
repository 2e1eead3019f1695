package io.heal.detect.internal;

/**
 * The value range a quantiser maps onto levels: fixed when the series' min and max are known, else
 * learned from the first samples with a margin and widened (by at least half its width, so it
 * widens only a bounded number of times per order of magnitude) when a value falls outside. Not
 * thread-safe.
 */
public final class AdaptiveRange {

  /** Samples seen before a learned range is set. */
  public static final int LEARN_SAMPLES = 30;

  private static final double MARGIN = 0.25;

  private double lo;
  private double hi;
  private boolean ready;
  private long changes;
  private int seen;

  /** A range fixed to [min, max] when both are known numbers, else learned. */
  public AdaptiveRange(double min, double max) {
    if (!Double.isNaN(min) && !Double.isNaN(max)) {
      lo = min;
      hi = max;
      ready = true;
    } else {
      lo = Double.POSITIVE_INFINITY;
      hi = Double.NEGATIVE_INFINITY;
    }
  }

  /**
   * Takes a sample into account; returns whether the mapping changed (learned or widened) at this
   * sample.
   */
  public boolean update(double v) {
    if (!ready) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
      if (++seen >= LEARN_SAMPLES) {
        double w = width(lo, hi, v);
        lo -= MARGIN * w;
        hi += MARGIN * w;
        ready = true;
        changes++;
        return true;
      }
      return false;
    }
    if (v >= lo && v <= hi) {
      return false;
    }
    double w = hi - lo;
    if (v > hi) {
      hi = Math.max(v + MARGIN * w, hi + 0.5 * w);
    } else {
      lo = Math.min(v - MARGIN * w, lo - 0.5 * w);
    }
    changes++;
    return true;
  }

  private static double width(double lo, double hi, double v) {
    double w = hi - lo;
    if (w > 0) {
      return w;
    }
    return Math.abs(v) > 0 ? Math.abs(v) * 0.1 : 1.0;
  }

  public boolean ready() {
    return ready;
  }

  /** The level of {@code v} among {@code levels} equal bins of the range, clamped. */
  public int level(double v, int levels) {
    if (!(hi > lo)) {
      return 0;
    }
    int l = (int) Math.floor((v - lo) / (hi - lo) * levels);
    return Math.max(0, Math.min(levels - 1, l));
  }

  /** The range's lower end (meaningful once {@link #ready()}). */
  public double lo() {
    return lo;
  }

  /** The range's upper end (meaningful once {@link #ready()}). */
  public double hi() {
    return hi;
  }

  /** How many times the mapping was learned or widened. */
  public long changes() {
    return changes;
  }
}
