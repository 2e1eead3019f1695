package io.heal.supervisor;

import java.util.List;

/** A service's command could not be started at all. */
public final class ProcessStartException extends RuntimeException {

  public ProcessStartException(String service, List<String> command, Throwable cause) {
    super(
        "service " + service + ": cannot start command " + command + ": " + cause.getMessage(),
        cause);
  }
}
