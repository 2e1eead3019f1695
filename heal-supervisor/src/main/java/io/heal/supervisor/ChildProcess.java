package io.heal.supervisor;

import io.heal.core.signal.ProcessExit;
import io.heal.core.spec.StopSpec;
import io.heal.core.time.HealClock;
import io.heal.supervisor.internal.Signals;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A running child process. Its exit is reported through {@link #exit()} the moment the OS reports
 * it (no polling). Signals go to the whole process group when the child has one. Thread-safe.
 */
public final class ChildProcess {

  private final LaunchSpec spec;
  private final long pid;
  private final CompletableFuture<Integer> exitStatus;
  private final boolean ownGroup;
  private final long startNanos;
  private final Instant startedAt;
  private final Signals signals;
  private final CompletableFuture<ProcessExit> exit;

  /**
   * @param exitStatus completes with the exit code, or 128 + n when signal n killed the process
   */
  ChildProcess(
      LaunchSpec spec,
      long pid,
      CompletableFuture<Integer> exitStatus,
      boolean ownGroup,
      long startNanos,
      HealClock clock,
      Signals signals) {
    this.spec = spec;
    this.pid = pid;
    this.exitStatus = exitStatus;
    this.ownGroup = ownGroup;
    this.startNanos = startNanos;
    this.startedAt = clock.now();
    this.signals = signals;
    this.exit =
        exitStatus.thenApply(
            code -> {
              long at = clock.monotonicNanos();
              return new ProcessExit(
                  spec.service(), clock.now(), pid, code, Signals.nameOfExit(code), at);
            });
  }

  public String service() {
    return spec.service();
  }

  public long pid() {
    return pid;
  }

  /** The monotonic reading taken just before the process was spawned. */
  public long startNanos() {
    return startNanos;
  }

  /** The wall-clock time it was started, read just after the spawn. */
  public Instant startedAt() {
    return startedAt;
  }

  public boolean isAlive() {
    return !exitStatus.isDone();
  }

  /** Completes once, when the process has exited. Never completes exceptionally. */
  public CompletableFuture<ProcessExit> exit() {
    return exit;
  }

  /** Sends a signal (TERM, KILL, QUIT, ...) to the process group, or the process if it has none. */
  public void signal(String name) {
    signals.send(ownGroup ? -pid() : pid(), name);
  }

  /**
   * Stops the process: {@code stop.signal()} to its group, then SIGKILL after the grace period;
   * once the leader has exited, SIGKILL to the group again so that no descendant outlives it.
   */
  public CompletableFuture<ProcessExit> stop(StopSpec stop, ScheduledExecutorService scheduler) {
    if (isAlive()) {
      signal(stop.signal());
      ScheduledFuture<?> kill =
          scheduler.schedule(this::kill, stop.grace().toNanos(), TimeUnit.NANOSECONDS);
      exit.whenComplete((e, t) -> kill.cancel(false));
    }
    return exit.whenComplete((e, t) -> reapGroup());
  }

  /** SIGKILL to the whole group at once. */
  public void kill() {
    if (isAlive()) {
      signal("KILL");
    }
  }

  private void reapGroup() {
    if (ownGroup) {
      signals.sendQuietly(-pid(), "KILL");
    }
    ProcessHandle.of(pid).ifPresent(p -> p.descendants().forEach(ProcessHandle::destroyForcibly));
  }

  /** The log file its output goes to. */
  public LaunchSpec spec() {
    return spec;
  }

  @Override
  public String toString() {
    return spec.service() + "[pid " + pid() + (isAlive() ? "" : ", exited") + "]";
  }
}
