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
   * The engine's grid: steady-state probe checks, /proc readings and probe results that may wait
   * run on lines of this step, so that those due close together share one wake of the loop instead
   * of one wake each. Periodic work is further aligned to coarser lines ({@link #onGridAt}); probe
   * results wait at most one step.
   */
  static final Duration DEFAULT_PROBE_GRID = Duration.ofMillis(20);

  /** Periodic work may run up to this fraction of its period late: 1 s probes, 100 ms. */
  private static final long SLACK_PARTS = 10;

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
   * Like {@link #inGeneration(Duration, Runnable)}, for steady-state work that repeats every {@code
   * period}: runs {@code task} on the engine's {@link GridTimer} at {@code dueNanos} ({@link
   * #nowNanos()}'s time base) or up to a tenth of the period later, on a line that work of the same
   * and longer periods shares (timer slack, as the kernel and systemd give timers). With 1 s probes
   * that is ten wakes of the loop a second however many services there are. Keep {@code dueNanos}
   * nominal ({@link #nextDue}), not the time the task ran, so that the period holds on average.
   */
  void onGridAt(long dueNanos, Duration period, Runnable task) {
    grid.scheduleAt(dueNanos, period.toNanos() / SLACK_PARTS, this, generationId, task);
  }

  /** The time base of {@link #onGridAt}. */
  static long nowNanos() {
    return System.nanoTime();
  }

  /**
   * The nominal time of the run after one due at {@code dueNanos}: a period later, or now if that
   * has passed (a run that came late is not caught up with a burst).
   */
  static long nextDue(long dueNanos, Duration period) {
    return Math.max(dueNanos + period.toNanos(), nowNanos());
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
