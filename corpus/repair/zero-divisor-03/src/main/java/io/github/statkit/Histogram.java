package io.github.statkit;

import java.util.Arrays;

/** Fixed-bucket histogram over integer data; the range is taken from the data itself. */
public final class Histogram {

  private final int min;
  private final int width;
  private final int[] counts;

  private Histogram(int min, int width, int buckets) {
    this.min = min;
    this.width = width;
    this.counts = new int[buckets];
  }

  /** Builds a histogram of {@code data} with {@code buckets} equal-width buckets. */
  public static Histogram of(int[] data, int buckets) {
    if (buckets <= 0) {
      throw new IllegalArgumentException("buckets must be positive: " + buckets);
    }
    if (data.length == 0) {
      throw new IllegalArgumentException("data must not be empty");
    }
    int lo = Arrays.stream(data).min().getAsInt();
    int hi = Arrays.stream(data).max().getAsInt();
    int width = (hi - lo + buckets - 1) / buckets;
    Histogram h = new Histogram(lo, width, buckets);
    for (int v : data) {
      h.counts[h.bucketOf(v)]++;
    }
    return h;
  }

  int bucketOf(int value) {
    int b = (value - min) / width;
    return Math.min(b, counts.length - 1);
  }

  public int count(int bucket) {
    return counts[bucket];
  }

  public int buckets() {
    return counts.length;
  }

  /** Renders one line per bucket with a bar of {@code '*'}. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < counts.length; i++) {
      int from = min + i * width;
      sb.append(String.format("%4d | %s%n", from, "*".repeat(counts[i])));
    }
    return sb.toString();
  }
}
