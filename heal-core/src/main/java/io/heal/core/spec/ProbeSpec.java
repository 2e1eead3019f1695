package io.heal.core.spec;

import java.time.Duration;

/**
 * A health probe and its schedule.
 *
 * @param name unique within its service, used in evidence and as a metric label
 * @param target what is checked
 * @param interval time between the start of two checks
 * @param timeout a check that takes longer has failed; shorter than interval
 * @param failureThreshold consecutive failures that make the service unhealthy
 * @param successThreshold consecutive successes that make it healthy again
 * @param startupPeriod how long after start the probe may fail before the service has failed to
 *     start
 */
public record ProbeSpec(
    String name,
    ProbeTarget target,
    Duration interval,
    Duration timeout,
    int failureThreshold,
    int successThreshold,
    Duration startupPeriod) {

  /** Default time between checks. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

  /** Default check timeout. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(500);

  /** Default consecutive failures before unhealthy. */
  public static final int DEFAULT_FAILURE_THRESHOLD = 3;

  /** Default consecutive successes before healthy. */
  public static final int DEFAULT_SUCCESS_THRESHOLD = 1;

  /** Default startup period. */
  public static final Duration DEFAULT_STARTUP_PERIOD = Duration.ofSeconds(10);
}
