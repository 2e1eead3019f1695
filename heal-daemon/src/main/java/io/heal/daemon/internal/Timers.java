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

  void cancelGeneration() {
    generation.forEach(f -> f.cancel(false));
    generation.clear();
  }
}
