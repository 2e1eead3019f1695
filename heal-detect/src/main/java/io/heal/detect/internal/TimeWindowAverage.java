package io.heal.detect.internal;

/**
 * The mean of the values seen in the last {@code window} of time, kept in {@value #BUCKETS} time
 * buckets (so the window's edge moves in steps of a twelfth of it): constant memory and time per
 * sample. Not thread-safe.
 */
public final class TimeWindowAverage {

  /** Buckets per window. */
  public static final int BUCKETS = 12;

  private final long bucketMillis;
  private final double[] sums = new double[BUCKETS];
  private final long[] counts = new long[BUCKETS];
  private long currentBucket = Long.MIN_VALUE;
  private double sum;
  private long count;

  public TimeWindowAverage(long windowMillis) {
    if (windowMillis < BUCKETS) {
      throw new IllegalArgumentException(
          "windowMillis: must be at least " + BUCKETS + ", found " + windowMillis);
    }
    this.bucketMillis = windowMillis / BUCKETS;
  }

  /** Adds a value seen at this time (times must not go backwards by more than a bucket). */
  public void add(long timeMillis, double value) {
    advance(timeMillis);
    int i = (int) Math.floorMod(currentBucket, (long) BUCKETS);
    sums[i] += value;
    counts[i]++;
    sum += value;
    count++;
  }

  /** Moves the window's end to this time, dropping what fell out of it. */
  public void advance(long timeMillis) {
    long bucket = Math.floorDiv(timeMillis, bucketMillis);
    if (currentBucket == Long.MIN_VALUE) {
      currentBucket = bucket;
    }
    if (bucket > currentBucket) {
      long steps = Math.min(BUCKETS, bucket - currentBucket);
      for (long s = 1; s <= steps; s++) {
        int i = (int) Math.floorMod(currentBucket + s, (long) BUCKETS);
        sum -= sums[i];
        count -= counts[i];
        sums[i] = 0;
        counts[i] = 0;
      }
      currentBucket = bucket;
    }
  }

  /** The sum of the values in the window. */
  public double sum() {
    return sum;
  }

  /** The mean over the window; 0 when it holds no value. */
  public double mean() {
    return count == 0 ? 0 : sum / count;
  }
}
