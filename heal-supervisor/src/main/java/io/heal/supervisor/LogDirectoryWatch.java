package io.heal.supervisor;

import io.heal.core.concurrent.HealThreads;
import io.heal.supervisor.internal.DirectoryEvents;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells when a service's log file was written to, from the kernel's file notifications (inotify on
 * Linux) rather than by polling: with hundreds of quiet services, Heal does no work until one of
 * them writes. One thread waits for every file of the directory; with the foreign-function API (the
 * JVM flags of {@code heal run}) it reads inotify itself, so between two batches the kernel queues
 * the events and nobody wakes, else the JDK's watch service wakes a poller thread of its own on
 * every write. Writes are told in batches: after telling one, the thread gathers further writes for
 * {@link #DEFAULT_BATCH} before it tells the next, each written file once, as one task on the
 * executor given (the engine loop). So the first line after a quiet spell is told at once, and
 * hundreds of services that each log a line a second cost a few wake-ups a second instead of one a
 * line. Thread-safe.
 */
public final class LogDirectoryWatch implements AutoCloseable {

  /** How long writes are gathered after a batch is told: a write is told at most this late. */
  public static final Duration DEFAULT_BATCH = Duration.ofMillis(100);

  private static final Logger LOG = Logger.getLogger("heal.supervisor");

  private final DirectoryEvents events;
  private final Duration batch;
  private final Executor tellOn;
  private final Map<String, Runnable> onWrite = new ConcurrentHashMap<>();
  private final Thread thread;

  /**
   * Starts watching {@code dir}, telling writes on the watch thread in batches of {@link
   * #DEFAULT_BATCH}.
   *
   * @throws IOException when the directory cannot be watched
   */
  public LogDirectoryWatch(Path dir) throws IOException {
    this(dir, DEFAULT_BATCH, Runnable::run);
  }

  /**
   * Starts watching {@code dir}; {@code batch} is how long writes are gathered after a batch is
   * told (zero: each as it comes), and each batch's callbacks run as one task on {@code tellOn}.
   * Once {@code tellOn} refuses a task, the watch stops telling.
   *
   * @throws IOException when the directory cannot be watched
   * @throws IllegalArgumentException when {@code batch} is negative
   */
  public LogDirectoryWatch(Path dir, Duration batch, Executor tellOn) throws IOException {
    if (batch.isNegative()) {
      throw new IllegalArgumentException("batch: must not be negative, found " + batch);
    }
    this.batch = batch;
    this.tellOn = tellOn;
    this.events = DirectoryEvents.watch(dir);
    this.thread = HealThreads.factory("heal-logwatch").newThread(this::run);
    thread.start();
  }

  /**
   * Calls {@code action} (on the watch thread: keep it short) when {@code fileName} is written:
   * once per batch in which it was written.
   */
  public void onWrite(String fileName, Runnable action) {
    onWrite.put(fileName, action);
  }

  /** Stops calling back for {@code fileName}. */
  public void forget(String fileName) {
    onWrite.remove(fileName);
  }

  private void run() {
    try {
      while (true) {
        Set<String> written = new LinkedHashSet<>();
        boolean overflow = !events.take(written); // events were lost: every file may be written
        Set<String> told = overflow ? Set.copyOf(onWrite.keySet()) : written;
        if (!told.isEmpty()) {
          tellOn.execute(() -> tell(told));
        }
        if (!batch.isZero()) {
          // this thread is the watch's own: waiting here lets the kernel's events gather
          Thread.sleep(batch.toMillis(), batch.toNanosPart() % 1_000_000);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ClosedWatchServiceException | RejectedExecutionException e) {
      // closed, or the executor is shut down: done
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "log watch stopped", e);
    }
  }

  private void tell(Set<String> fileNames) {
    for (String name : fileNames) {
      Runnable action = onWrite.get(name);
      if (action != null) {
        try {
          action.run();
        } catch (RuntimeException e) {
          // one file's reader failing must not keep the others from hearing of their writes
          LOG.log(Level.WARNING, "reading what was written to " + name + " failed", e);
        }
      }
    }
  }

  @Override
  public void close() {
    events.close();
    thread.interrupt();
  }
}
