package io.heal.probe.internal;

import io.heal.core.time.HealClock;
import io.heal.probe.ProbeResources;
import java.time.Duration;
import java.util.Objects;

/**
 * What every kind of probe is made of besides its target: whose it is, its name, its timeout, the
 * clock that stamps its results and the shared resources it runs on. Starts each check's {@link
 * CheckRun}.
 */
public record ProbeBasis(
    String service, String name, Duration timeout, HealClock clock, ProbeResources resources) {

  public ProbeBasis {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(resources, "resources");
  }

  /** A check whose deadline the probe selector keeps. */
  public CheckRun begin() {
    return CheckRun.begin(service, name, clock, timeout);
  }

  /** A check timed out by the shared scheduler, which then runs {@code onTimeout}. */
  public CheckRun start(Runnable onTimeout) {
    return CheckRun.start(service, name, clock, timeout, resources.scheduler(), onTimeout);
  }

  /** The {@link System#nanoTime()} at which a check starting now must be decided. */
  public long deadlineNanos() {
    return System.nanoTime() + timeout.toNanos();
  }
}
