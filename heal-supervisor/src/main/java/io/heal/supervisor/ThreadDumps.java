package io.heal.supervisor;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Takes a thread dump of a JVM child: SIGQUIT makes the JVM print every thread's stack to its
 * stdout, which is the service's log file; this reads it back from there. Works while the
 * application's own threads are hung (the dump is printed by the JVM's signal dispatcher).
 */
public final class ThreadDumps {

  /** How long to wait for the dump to appear in the log. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(1000);

  private static final String START = "Full thread dump";
  private static final String[] END_MARKERS = {"JNI global refs", "\nHeap\n", "Heap\n garbage"};
  private static final long POLL_MILLIS = 10;

  private ThreadDumps() {}

  /**
   * Asks the child for a thread dump and completes with its text, or empty when none appeared
   * within the timeout (not a JVM, or already dead). Polls the log on {@code scheduler} without
   * blocking it.
   */
  public static CompletableFuture<Optional<String>> capture(
      ChildProcess child, Duration timeout, ScheduledExecutorService scheduler) {
    CompletableFuture<Optional<String>> result = new CompletableFuture<>();
    if (!child.isAlive()) {
      result.complete(Optional.empty());
      return result;
    }
    long offset = LogFiles.size(child.spec().logFile());
    child.signal("QUIT");
    long deadline = System.nanoTime() + timeout.toNanos();
    poll(child, offset, deadline, scheduler, result);
    return result;
  }

  private static void poll(
      ChildProcess child,
      long offset,
      long deadline,
      ScheduledExecutorService scheduler,
      CompletableFuture<Optional<String>> result) {
    String text = LogFiles.readFrom(child.spec().logFile(), offset);
    int start = text.indexOf(START);
    if (start >= 0) {
      for (String end : END_MARKERS) {
        int at = text.indexOf(end, start);
        if (at >= 0) {
          int eol = text.indexOf('\n', at + 1);
          result.complete(Optional.of(text.substring(start, eol < 0 ? text.length() : eol)));
          return;
        }
      }
    }
    if (System.nanoTime() >= deadline || !child.isAlive()) {
      result.complete(start >= 0 ? Optional.of(text.substring(start)) : Optional.empty());
      return;
    }
    scheduler.schedule(
        () -> poll(child, offset, deadline, scheduler, result), POLL_MILLIS, TimeUnit.MILLISECONDS);
  }
}
