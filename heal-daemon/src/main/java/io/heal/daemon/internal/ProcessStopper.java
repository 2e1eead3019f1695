package io.heal.daemon.internal;

import io.heal.core.incident.IncidentKind;
import io.heal.core.incident.Step;
import io.heal.core.spec.ServiceSpec;
import io.heal.daemon.EngineEvent.Type;
import io.heal.supervisor.ChildProcess;
import io.heal.supervisor.ThreadDumps;

/**
 * Ends a live process that is being replaced, the way its failure calls for: a hung JVM is thread
 * dumped and then killed (a hung process will not shut down cleanly, so waiting for it only delays
 * recovery); anything else gets its stop signal and SIGKILL after the grace period. The process's
 * exit then drives the relaunch.
 */
final class ProcessStopper {

  private ProcessStopper() {}

  static void stopForReplacement(
      EngineContext ctx,
      ServiceSpec spec,
      IncidentRecorder incidents,
      ChildProcess old,
      IncidentKind symptom) {
    if (symptom == IncidentKind.HANG && spec.jvm()) {
      ThreadDumps.capture(old, ThreadDumps.DEFAULT_TIMEOUT, ctx.loop)
          .thenAccept(
              dump ->
                  ctx.loop.execute(
                      () -> {
                        dump.ifPresent(t -> incidents.updateEvidence(e -> e.withThreadDump(t)));
                        incidents.step(
                            Step.REMEDY_STARTED,
                            (dump.isPresent() ? "thread dump captured; " : "no thread dump; ")
                                + "SIGKILL to hung pid "
                                + old.pid(),
                            Type.ACTION);
                        old.kill();
                      }));
    } else if (symptom == IncidentKind.HANG) {
      incidents.step(Step.REMEDY_STARTED, "SIGKILL to hung pid " + old.pid(), Type.ACTION);
      old.kill();
    } else {
      incidents.step(
          Step.REMEDY_STARTED,
          "stopping pid "
              + old.pid()
              + " (SIG"
              + spec.stop().signal()
              + ", then SIGKILL after "
              + spec.stop().grace().toMillis()
              + " ms)",
          Type.ACTION);
      old.stop(spec.stop(), ctx.loop);
    }
  }
}
