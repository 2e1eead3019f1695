package io.heal.core.spec;

import java.time.Duration;

/**
 * Restart back-off and intensity limit. The n-th consecutive restart waits {@code min(maxDelay,
 * initialDelay * multiplier^(n-1))}, spread by +/- jitter (a fraction). After the service has been
 * healthy for {@code resetAfter} the count starts again. More than {@code maxRestarts} restarts
 * within {@code within} marks the service FAILED and escalates.
 */
public record RestartPolicySpec(
    Duration initialDelay,
    Duration maxDelay,
    double multiplier,
    double jitter,
    Duration resetAfter,
    int maxRestarts,
    Duration within) {

  public static final Duration DEFAULT_INITIAL_DELAY = Duration.ZERO;
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
