package io.heal.remedy;

import io.heal.core.spec.RestartPolicySpec;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The restart intensity limit: at most {@code maxRestarts} restarts within {@code within}. Keeps
 * the monotonic times of recent restarts; time is passed in as data. Not thread-safe: owned by one
 * service's supervisor.
 */
public final class RestartIntensity {

  private final int maxRestarts;
  private final long windowNanos;
  private final Deque<Long> restarts = new ArrayDeque<>();

  public RestartIntensity(RestartPolicySpec policy) {
    this.maxRestarts = policy.maxRestarts();
    this.windowNanos = policy.within().toNanos();
  }

  /** Whether one more restart at {@code nowNanos} stays within the limit. */
  public boolean allows(long nowNanos) {
    forgetBefore(nowNanos);
    return restarts.size() < maxRestarts;
  }

  /** Counts a restart at {@code nowNanos}. */
  public void record(long nowNanos) {
    forgetBefore(nowNanos);
    restarts.addLast(nowNanos);
  }

  /** Restarts counted within the window ending at {@code nowNanos}. */
  public int count(long nowNanos) {
    forgetBefore(nowNanos);
    return restarts.size();
  }

  /** Forgets every restart: a person asked for a fresh start. */
  public void clear() {
    restarts.clear();
  }

  /** "5 restarts within 1m", for messages. */
  public String describeLimit() {
    return maxRestarts + " restarts within " + Durations.format(Duration.ofNanos(windowNanos));
  }

  private void forgetBefore(long nowNanos) {
    while (!restarts.isEmpty() && nowNanos - restarts.peekFirst() >= windowNanos) {
      restarts.removeFirst();
    }
  }
}
