package io.heal.core.time;

import java.time.Instant;

/**
 * Heal's source of time. Use {@link #monotonicNanos()} to measure durations (timeouts, back-off,
 * time-to-detect) and {@link #now()} only for timestamps that are stored or shown.
 *
 * <p>Implementations are thread-safe.
 */
public interface HealClock {

  /** A reading that only moves forward, in nanoseconds from an arbitrary origin. */
  long monotonicNanos();

  /** The wall-clock time, for stored timestamps. */
  Instant now();

  /** The system clock: {@link System#nanoTime()} and {@link Instant#now()}. */
  static HealClock system() {
    return SystemClock.INSTANCE;
  }
}
