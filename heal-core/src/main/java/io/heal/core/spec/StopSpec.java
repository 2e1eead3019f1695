package io.heal.core.spec;

import java.time.Duration;

/**
 * How a service is stopped: {@code signal} to its whole process group, then SIGKILL after {@code
 * grace}.
 *
 * @param signal a signal name without the SIG prefix, such as {@code TERM}
 */
public record StopSpec(String signal, Duration grace) {

  public static final String DEFAULT_SIGNAL = "TERM";
  public static final Duration DEFAULT_GRACE = Duration.ofSeconds(5);
}
