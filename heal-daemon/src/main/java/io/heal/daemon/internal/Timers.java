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
 * Steady-state probe checks and /proc readings go on the engine's {@link GridTimer}.
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
  private final GridTimer grid;
  private final List<ScheduledFuture<?>> generation = new ArrayList<>();
  // counts cancelled generations: grid tasks of an earlier one are skipped
  private int generationId;

  Timers(ScheduledExecutorService loop, GridTimer grid) {
    this.loop = loop;
    this.grid = grid;
  }

  ScheduledFuture<?> inGeneration(Duration delay, Runnable task) {
    generation.removeIf(ScheduledFuture::isDone);
    ScheduledFuture<?> f =
        loop.schedule(HealThreads.guarded("timer", task), delay.toNanos(), TimeUnit.NANOSECONDS);
    generation.add(f);
    return f;
  }

  /**
   * Like {@link #inGeneration(Duration, Runnable)}, on the first line of the engine's {@link
   * GridTimer} at or after the delay: for steady-state periodic work.
   */
  void onGrid(Duration delay, Runnable task) {
    grid.schedule(delay, this, generationId, task);
  }

  /** Whether {@code id} is the current generation: its grid tasks are still wanted. */
  boolean isGeneration(int id) {
    return id == generationId;
  }

  void cancelGeneration() {
    generationId++;
    generation.forEach(f -> f.cancel(false));
    generation.clear();
  }
}
