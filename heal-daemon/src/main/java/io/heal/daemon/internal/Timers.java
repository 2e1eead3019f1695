package io.heal.daemon.internal;

import io.heal.core.concurrent.HealThreads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The timers of one service's current process (probe checks, startup deadline, back-off, reset,
 * promotion), all on the engine loop, cancelled together when that process is replaced.
 */
final class Timers {

  /**
   * Steady-state probe checks and /proc readings are due on a grid of this step (like the kernel's
   * timer slack): those due within the same 20 ms run in one wake of the loop instead of one wake
   * each, which with 200 probes a second saves most of the loop's context switches. A check runs at
   * most this much later than its interval says.
   */
  static final Duration DEFAULT_PROBE_GRID = Duration.ofMillis(20);

  private final ScheduledExecutorService loop;
  private final List<ScheduledFuture<?>> generation = new ArrayList<>();

  Timers(ScheduledExecutorService loop) {
    this.loop = loop;
  }

  ScheduledFuture<?> inGeneration(Duration delay, Runnable task) {
    generation.removeIf(ScheduledFuture::isDone);
    ScheduledFuture<?> f =
        loop.schedule(HealThreads.guarded("timer", task), delay.toNanos(), TimeUnit.NANOSECONDS);
    generation.add(f);
    return f;
  }

  /** Like {@link #inGeneration(Duration, Runnable)}, rounded up to the next multiple of grid. */
  ScheduledFuture<?> inGeneration(Duration delay, Duration grid, Runnable task) {
    if (grid.isZero()) {
      return inGeneration(delay, task);
    }
    // the loop's scheduler counts in System.nanoTime(), so the grid is laid on that reading
    long wait = gridDelayNanos(System.nanoTime(), delay.toNanos(), grid.toNanos());
    return inGeneration(Duration.ofNanos(wait), task);
  }

  /**
   * The delay from {@code now} that lands on the first multiple of {@code grid} at or after now +
   * delay.
   */
  static long gridDelayNanos(long nowNanos, long delayNanos, long gridNanos) {
    long rest = Math.floorMod(nowNanos + delayNanos, gridNanos);
    return rest == 0 ? delayNanos : delayNanos + gridNanos - rest;
  }

  void cancelGeneration() {
    generation.forEach(f -> f.cancel(false));
    generation.clear();
  }
}
