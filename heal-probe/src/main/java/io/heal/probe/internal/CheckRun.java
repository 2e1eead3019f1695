package io.heal.probe.internal;

import io.heal.core.signal.ProbeResult;
import io.heal.core.time.HealClock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One check in flight: it measures latency from the clock's monotonic reading and completes its
 * result exactly once, either with the check's outcome or, at the deadline, with a timed-out
 * result. Whatever comes second is dropped, so a check can neither hang past its timeout nor
 * complete twice. Thread-safe.
 */
public final class CheckRun {

  private final String service;
  private final String probe;
  private final HealClock clock;
  private final Duration timeout;
  private final long startNanos;
  private final CompletableFuture<ProbeResult> result = new CompletableFuture<>();
  private volatile ScheduledFuture<?> deadline;

  private CheckRun(String service, String probe, HealClock clock, Duration timeout) {
    this.service = service;
    this.probe = probe;
    this.clock = clock;
    this.timeout = timeout;
    this.startNanos = clock.monotonicNanos();
  }

  /**
   * Starts timing a check whose deadline someone else enforces (the {@link ProbeSelector}, which
   * calls {@link #timedOut()}).
   */
  public static CheckRun begin(String service, String probe, HealClock clock, Duration timeout) {
    return new CheckRun(service, probe, clock, timeout);
  }

  /**
   * Starts timing a check, with its deadline on {@code scheduler}. {@code onTimeout} runs (on the
   * scheduler) if the deadline passes first, to release what the check holds (close a channel, kill
   * a process); it must not throw.
   */
  public static CheckRun start(
      String service,
      String probe,
      HealClock clock,
      Duration timeout,
      ScheduledExecutorService scheduler,
      Runnable onTimeout) {
    CheckRun run = new CheckRun(service, probe, clock, timeout);
    try {
      run.deadline =
          scheduler.schedule(
              () -> {
                // a scheduled task that throws is never heard of again: catch everything
                try {
                  if (run.timedOut()) {
                    onTimeout.run();
                  }
                } catch (RuntimeException e) {
                  // cleaning up after a timeout must not hide the timeout itself
                }
              },
              timeout.toNanos(),
              TimeUnit.NANOSECONDS);
    } catch (RuntimeException e) {
      run.fail("cannot schedule timeout: " + e);
    }
    return run;
  }

  /** The result, completed once; never exceptionally. */
  public CompletionStage<ProbeResult> result() {
    return result;
  }

  /** Whether the result is already known (timed out or finished). */
  public boolean isDone() {
    return result.isDone();
  }

  /** Completes with a passed check. */
  public void pass(String detail) {
    complete(true, false, detail);
  }

  /** Completes with a failed check. */
  public void fail(String detail) {
    complete(false, false, detail);
  }

  /** Completes with a failed check and returns the result, for checks that cannot start. */
  public CompletionStage<ProbeResult> failWith(String detail) {
    fail(detail);
    return result;
  }

  /** Completes as timed out; returns whether this call decided the result. */
  public boolean timedOut() {
    return complete(false, true, "timed out after " + Durations.show(timeout));
  }

  private boolean complete(boolean healthy, boolean timedOut, String detail) {
    if (result.isDone()) {
      return false;
    }
    Duration latency = Duration.ofNanos(Math.max(0, clock.monotonicNanos() - startNanos));
    ProbeResult outcome =
        new ProbeResult(service, clock.now(), probe, healthy, timedOut, latency, detail);
    boolean decided = result.complete(outcome);
    ScheduledFuture<?> pending = deadline;
    if (decided && !timedOut && pending != null) {
      pending.cancel(false);
    }
    return decided;
  }
}
