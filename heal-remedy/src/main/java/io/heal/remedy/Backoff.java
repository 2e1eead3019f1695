package io.heal.remedy;

import io.heal.core.spec.RestartPolicySpec;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Capped exponential back-off with jitter, as {@link RestartPolicySpec} describes: restart 1 of a
 * run is immediate, restart 2 waits {@code initialDelay}, restart n waits {@code initialDelay *
 * multiplier^(n-2)}, capped at {@code maxDelay}, then spread by +/- {@code jitter}. Pure.
 */
public final class Backoff {

  private Backoff() {}

  /**
   * The delay before restart number {@code attempt} (1-based) of a run.
   *
   * @param random a source of uniform values in [0, 1), for the jitter
   */
  public static Duration delay(RestartPolicySpec policy, int attempt, DoubleSupplier random) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt: must be at least 1, found " + attempt);
    }
    if (attempt == 1) {
      return Duration.ZERO;
    }
    double base = policy.initialDelay().toNanos() * Math.pow(policy.multiplier(), attempt - 2.0);
    double capped = Math.min(base, policy.maxDelay().toNanos());
    double spread = capped * policy.jitter() * (2 * random.getAsDouble() - 1);
    long nanos = (long) Math.max(0, Math.min(policy.maxDelay().toNanos(), capped + spread));
    return Duration.ofNanos(nanos);
  }
}
