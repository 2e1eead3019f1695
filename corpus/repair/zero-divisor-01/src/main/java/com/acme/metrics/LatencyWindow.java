package com.acme.metrics;

import java.util.ArrayDeque;
import java.util.Deque;

/** Keeps the latencies observed during the last {@code windowMillis} and reports simple aggregates. */
public final class LatencyWindow {

  private record Sample(long atMillis, long latencyMillis) {}

  private final long windowMillis;
  private final Deque<Sample> samples = new ArrayDeque<>();
  private long total;

  public LatencyWindow(long windowMillis) {
    if (windowMillis <= 0) {
      throw new IllegalArgumentException("windowMillis must be positive: " + windowMillis);
    }
    this.windowMillis = windowMillis;
  }

  /** Records one request latency observed at {@code nowMillis}. */
  public void record(long nowMillis, long latencyMillis) {
    evict(nowMillis);
    samples.addLast(new Sample(nowMillis, latencyMillis));
    total += latencyMillis;
  }

  /** Number of samples still inside the window at {@code nowMillis}. */
  public int count(long nowMillis) {
    evict(nowMillis);
    return samples.size();
  }

  /** Integer average latency inside the window; 0 when the window holds no sample. */
  public long averageMillis(long nowMillis) {
    evict(nowMillis);
    return total / samples.size();
  }

  /** Largest latency inside the window; 0 when empty. */
  public long maxMillis(long nowMillis) {
    evict(nowMillis);
    long max = 0;
    for (Sample s : samples) {
      max = Math.max(max, s.latencyMillis());
    }
    return max;
  }

  private void evict(long nowMillis) {
    while (!samples.isEmpty() && samples.peekFirst().atMillis() <= nowMillis - windowMillis) {
      total -= samples.removeFirst().latencyMillis();
    }
  }
}
