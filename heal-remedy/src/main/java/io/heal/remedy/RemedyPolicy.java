package io.heal.remedy;

import io.heal.core.incident.IncidentKind;
import io.heal.core.remedy.Decision;
import io.heal.core.remedy.Decision.Alternative;
import io.heal.core.remedy.Remedy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses a remedy for a failure, and says why. Pure: the same facts give the same decision.
 *
 * <ul>
 *   <li>An exit code listed as deliberate: do nothing.
 *   <li>A release in its promotion period that never became ready: roll back at once (starting it
 *       again would not cure it). One that crashed or failed its probes: restart first, and roll
 *       back when it fails again.
 *   <li>Otherwise restart with back-off, until the intensity limit: then escalate to a person.
 * </ul>
 */
public final class RemedyPolicy {

  public Decision decide(Failure f) {
    Map<String, String> inputs = inputs(f);
    if (f.symptom() == IncidentKind.CRASH
        && f.exitCode().isPresent()
        && f.noRestartExitCodes().contains(f.exitCode().get())) {
      return new Decision(
          Remedy.NONE,
          Duration.ZERO,
          "exit code "
              + f.exitCode().get()
              + " is listed in no_restart_exit_codes: stopped on purpose",
          List.of(new Alternative(Remedy.RESTART, "the exit code says the stop was deliberate")),
          inputs);
    }
    if (f.inPromotion()) {
      if (f.symptom() == IncidentKind.FAILED_START) {
        return rollback(
            f,
            "release "
                + f.release()
                + " never became ready; "
                + f.knownGoodRelease()
                + " is known-good",
            new Alternative(
                Remedy.RESTART, "a release that never became ready is not cured by a restart"),
            inputs);
      }
      if (f.failuresSinceDeploy() >= 2) {
        return rollback(
            f,
            "release "
                + f.release()
                + " failed again ("
                + f.describe()
                + ") after a restart within its promotion period",
            new Alternative(Remedy.RESTART, "a restart did not cure it"),
            inputs);
      }
    }
    if (!f.restartAllowed()) {
      return new Decision(
          Remedy.ESCALATE,
          Duration.ZERO,
          "restart limit reached (" + f.limit() + "): restarting again would only hide the fault",
          List.of(
              new Alternative(Remedy.RESTART, "over the restart limit"),
              new Alternative(
                  Remedy.ROLLBACK,
                  "release "
                      + f.release()
                      + " is the known-good release: nothing to roll back to")),
          inputs);
    }
    String reason =
        f.describe()
            + ": restart #"
            + f.attempt()
            + " of this run"
            + (f.backoffDelay().isZero()
                ? ", at once"
                : " after " + Durations.format(f.backoffDelay()) + " back-off");
    Alternative noRollback =
        f.inPromotion()
            ? new Alternative(
                Remedy.ROLLBACK, "first failure of the new release may be transient: restart first")
            : new Alternative(
                Remedy.ROLLBACK, "release " + f.release() + " is already the known-good release");
    return new Decision(
        Remedy.RESTART,
        f.backoffDelay(),
        reason,
        List.of(
            noRollback,
            new Alternative(
                Remedy.ESCALATE,
                "within the restart limit (" + f.restartsInWindow() + " of " + f.limit() + ")")),
        inputs);
  }

  private static Decision rollback(
      Failure f, String reason, Alternative notRestart, Map<String, String> inputs) {
    return new Decision(
        Remedy.ROLLBACK,
        Duration.ZERO,
        reason,
        List.of(
            notRestart,
            new Alternative(Remedy.ESCALATE, "a known-good release exists to roll back to")),
        inputs);
  }

  private static Map<String, String> inputs(Failure f) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("symptom", f.describe());
    m.put("release", f.release());
    m.put("known_good", f.knownGoodRelease());
    m.put("in_promotion", Boolean.toString(f.inPromotion()));
    m.put("failures_since_deploy", Integer.toString(f.failuresSinceDeploy()));
    m.put("restarts_in_window", Integer.toString(f.restartsInWindow()));
    m.put("limit", f.limit());
    return m;
  }
}
