package io.heal.core.spec;

import java.time.Duration;

/**
 * Restart back-off and intensity limit. The first restart of a run of failures is issued at once (a
 * single crash costs nothing but the restart); the second waits {@code initialDelay}, and each
 * later one {@code multiplier} times longer, capped at {@code maxDelay}, spread by +/- {@code
 * jitter} (a fraction of the delay). Once the service has been healthy for {@code resetAfter} the
 * run starts again. More than {@code maxRestarts} restarts within {@code within} marks the service
 * FAILED and escalates.
 */
public record RestartPolicySpec(
    Duration initialDelay,
    Duration maxDelay,
    double multiplier,
    double jitter,
    Duration resetAfter,
    int maxRestarts,
    Duration within) {

  public static final Duration DEFAULT_INITIAL_DELAY = Duration.ofMillis(200);
  public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(30);
  public static final double DEFAULT_MULTIPLIER = 2.0;
  public static final double DEFAULT_JITTER = 0.1;
  public static final Duration DEFAULT_RESET_AFTER = Duration.ofSeconds(60);
  public static final int DEFAULT_MAX_RESTARTS = 5;
  public static final Duration DEFAULT_WITHIN = Duration.ofSeconds(60);

  /** The defaults above. */
  public static RestartPolicySpec defaults() {
    return new RestartPolicySpec(
        DEFAULT_INITIAL_DELAY,
        DEFAULT_MAX_DELAY,
        DEFAULT_MULTIPLIER,
        DEFAULT_JITTER,
        DEFAULT_RESET_AFTER,
        DEFAULT_MAX_RESTARTS,
        DEFAULT_WITHIN);
  }
}
