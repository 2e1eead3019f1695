package io.heal.daemon.internal;

import io.heal.core.incident.Evidence;
import io.heal.core.incident.IncidentKind;
import io.heal.core.remedy.Decision;
import io.heal.core.service.ServiceState;
import io.heal.daemon.EngineEvent.Type;
import io.heal.remedy.Failure;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Carries out a decision on a service: record it, then restart, roll back, escalate or leave it.
 */
final class Remedies {

  private Remedies() {}

  static void apply(
      ServiceSupervisor s,
      Decision d,
      Failure f,
      IncidentKind kind,
      Evidence ev,
      Instant onset,
      String summary) {
    if (d.remedy() == io.heal.core.remedy.Remedy.NONE) {
      s.stopWanting();
      s.setState(ServiceState.STOPPED);
      s.ctx().emit(s.spec().name(), Type.STOPPED, summary + ": " + d.reason(), Optional.empty());
      return;
    }
    s.incidents().batch(() -> record(s, d, f, kind, ev, onset, summary));
    if (d.remedy() == io.heal.core.remedy.Remedy.ESCALATE) {
      // outside the batch: the escalation is on disk before anyone hears of it
      s.stopWanting();
      s.liveChild().ifPresent(c -> c.stop(s.spec().stop(), s.ctx().loop));
      s.setState(ServiceState.FAILED);
      s.incidents().escalate(d.reason());
    }
  }

  /** Records the detection and the decision and carries it out; saved when the batch ends. */
  private static void record(
      ServiceSupervisor s,
      Decision d,
      Failure f,
      IncidentKind kind,
      Evidence ev,
      Instant onset,
      String summary) {
    String prefix = kind == IncidentKind.BAD_RELEASE ? "release " + s.release() + " " : "";
    s.incidents().detect(kind, s.release(), onset, ev, prefix + summary);
    s.incidents().decided(d);
    s.incidents().checkpoint(); // the decision is kept before it is carried out
    switch (d.remedy()) {
      case RESTART -> {
        s.countRestart(false);
        s.replace(f.symptom(), d.delay(), "restart #" + f.attempt());
      }
      case ROLLBACK -> {
        String from = s.release();
        s.countRestart(true);
        s.replace(f.symptom(), Duration.ZERO, "rollback " + from + " -> " + s.release());
      }
      case ESCALATE -> {
        // carried out after the batch, see apply
      }
      default -> throw new IllegalStateException("remedy: unexpected " + d.remedy());
    }
  }
}
