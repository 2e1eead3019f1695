package io.heal.daemon.internal;

import io.heal.core.signal.ProbeResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The last few results of one probe, kept as fields rather than as the result objects: a result is
 * kept for several seconds (8 at a 1 s interval), long enough to outlive a young collection, and
 * with 200 probes the kept objects were most of what the heap promoted to its old generation and
 * later had to collect in full. A detail equal to the one before is stored as that same string.
 * {@link #addTo} rebuilds equal results. Not thread-safe: owned by the engine thread.
 */
final class ResultRing {

  private final long[] atSeconds;
  private final int[] atNanos;
  private final long[] latencyNanos;
  private final byte[] flags;
  private final String[] details;
  private final String[] services;
  private final String[] probes;
  private int next;
  private int size;

  private static final byte HEALTHY = 1;
  private static final byte TIMED_OUT = 2;

  ResultRing(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity: must be at least 1, found " + capacity);
    }
    atSeconds = new long[capacity];
    atNanos = new int[capacity];
    latencyNanos = new long[capacity];
    flags = new byte[capacity];
    details = new String[capacity];
    services = new String[capacity];
    probes = new String[capacity];
  }

  /** Keeps {@code r}, dropping the oldest once full. */
  void add(ProbeResult r) {
    int last = (next + atSeconds.length - 1) % atSeconds.length;
    atSeconds[next] = r.at().getEpochSecond();
    atNanos[next] = r.at().getNano();
    latencyNanos[next] = r.latency().toNanos();
    flags[next] = (byte) ((r.healthy() ? HEALTHY : 0) | (r.timedOut() ? TIMED_OUT : 0));
    details[next] = sameAsLast(details, last, r.detail());
    services[next] = sameAsLast(services, last, r.service());
    probes[next] = sameAsLast(probes, last, r.probe());
    next = (next + 1) % atSeconds.length;
    size = Math.min(size + 1, atSeconds.length);
  }

  /** The string kept at {@code last} when it equals {@code value}, so repeats share one. */
  private String sameAsLast(String[] column, int last, String value) {
    return size > 0 && value.equals(column[last]) ? column[last] : value;
  }

  /** How many results are kept. */
  int size() {
    return size;
  }

  /** Whether the {@code newest} most recent results all timed out. */
  boolean newestAllTimedOut(int newest) {
    for (int i = 0; i < Math.min(newest, size); i++) {
      if ((flags[index(size - 1 - i)] & TIMED_OUT) == 0) {
        return false;
      }
    }
    return true;
  }

  /** Adds the kept results, oldest first, to {@code into}. */
  void addTo(List<ProbeResult> into) {
    for (int i = 0; i < size; i++) {
      int at = index(i);
      into.add(
          new ProbeResult(
              services[at],
              Instant.ofEpochSecond(atSeconds[at], atNanos[at]),
              probes[at],
              (flags[at] & HEALTHY) != 0,
              (flags[at] & TIMED_OUT) != 0,
              Duration.ofNanos(latencyNanos[at]),
              details[at]));
    }
  }

  /** The array index of the i-th oldest kept result. */
  private int index(int i) {
    return (next - size + i + atSeconds.length) % atSeconds.length;
  }
}
