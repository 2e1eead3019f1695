package io.heal.core.signal;

import java.time.Instant;
import java.util.Optional;

/**
 * A supervised process ended.
 *
 * @param pid the process id
 * @param exitCode the exit status as the OS reports it (128 + n when killed by signal n)
 * @param signal the name of the signal that killed it, if it was killed by one (KILL, SEGV, ...)
 * @param monotonicNanos the monotonic clock reading when the exit was observed
 */
public record ProcessExit(
    String service,
    Instant at,
    long pid,
    int exitCode,
    Optional<String> signal,
    long monotonicNanos)
    implements Signal {

  /** How the exit reads to a person: "exit code 3" or "killed by SIGKILL". */
  public String describe() {
    return signal.map(s -> "killed by SIG" + s).orElse("exit code " + exitCode);
  }
}
