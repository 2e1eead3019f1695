package io.heal.remedy;

import io.heal.core.incident.IncidentKind;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The facts a remedy is chosen from.
 *
 * @param symptom what was seen: CRASH, UNHEALTHY, HANG, FAILED_START or ANOMALY
 * @param exitCode the exit code, for a crash
 * @param release the release that failed
 * @param knownGoodRelease the release to roll back to
 * @param inPromotion whether {@code release} was deployed recently and is not yet known-good
 * @param failuresSinceDeploy failures of {@code release} since it was deployed, this one included
 * @param attempt the number the next restart would have in this run of failures (1-based)
 * @param restartsInWindow restarts already counted by the intensity limit
 * @param restartAllowed whether one more restart stays within the intensity limit
 * @param limit the intensity limit in words ("5 restarts within 1m")
 * @param noRestartExitCodes exit codes that mean the service stopped on purpose
 * @param backoffDelay the back-off delay the next restart would wait
 */
public record Failure(
    IncidentKind symptom,
    Optional<Integer> exitCode,
    String release,
    String knownGoodRelease,
    boolean inPromotion,
    int failuresSinceDeploy,
    int attempt,
    int restartsInWindow,
    boolean restartAllowed,
    String limit,
    Set<Integer> noRestartExitCodes,
    Duration backoffDelay) {

  public Failure {
    noRestartExitCodes = Set.copyOf(noRestartExitCodes);
  }

  /** "crash (exit code 3)", "hang", "failed start", ... */
  public String describe() {
    String name = symptom.name().toLowerCase().replace('_', ' ');
    return exitCode.map(c -> name + " (exit code " + c + ")").orElse(name);
  }
}
