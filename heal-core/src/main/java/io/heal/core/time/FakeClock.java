package io.heal.core.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves only when told to, for tests. Both readings advance together. Thread-safe. */
public final class FakeClock implements HealClock {

  /** Wall time a new fake clock starts at. */
  public static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

  private final Instant wallOrigin;
  private final AtomicLong nanos = new AtomicLong();

  public FakeClock() {
    this(DEFAULT_START);
  }

  public FakeClock(Instant start) {
    this.wallOrigin = Objects.requireNonNull(start, "start");
  }

  /** Moves both readings forward by {@code step}; a negative step is refused. */
  public void advance(Duration step) {
    if (step.isNegative()) {
      throw new IllegalArgumentException("step: must not be negative, found " + step);
    }
    nanos.addAndGet(step.toNanos());
  }

  @Override
  public long monotonicNanos() {
    return nanos.get();
  }

  @Override
  public Instant now() {
    return wallOrigin.plusNanos(nanos.get());
  }
}
