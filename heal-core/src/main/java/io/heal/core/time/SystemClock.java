package io.heal.core.time;

import java.time.Instant;

/** The real clock. */
enum SystemClock implements HealClock {
  INSTANCE;

  @Override
  public long monotonicNanos() {
    return System.nanoTime();
  }

  @Override
  public Instant now() {
    return Instant.now();
  }
}
