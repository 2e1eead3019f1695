package io.heal.core.concurrent;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The one place Heal creates threads: named, daemon, with uncaught exceptions logged. */
public final class HealThreads {

  private static final Logger LOG = Logger.getLogger(HealThreads.class.getName());

  private HealThreads() {}

  /** A factory of daemon threads named {@code prefix-1}, {@code prefix-2}, ... */
  public static ThreadFactory factory(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, prefix + "-" + count.incrementAndGet());
      t.setDaemon(true);
      t.setUncaughtExceptionHandler(
          (thread, e) -> LOG.log(Level.SEVERE, "uncaught in " + thread.getName(), e));
      return t;
    };
  }

  /** A single-threaded scheduler whose thread is named {@code name-1}. */
  public static ScheduledExecutorService scheduler(String name) {
    return Executors.newSingleThreadScheduledExecutor(factory(name));
  }

  /**
   * Wraps a task so that an exception is logged instead of cancelling a periodic schedule (a
   * scheduled task that throws is never run again).
   */
  public static Runnable guarded(String what, Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (RuntimeException | Error e) {
        LOG.log(Level.SEVERE, what + " failed", e);
      }
    };
  }
}
