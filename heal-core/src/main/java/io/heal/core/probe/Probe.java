package io.heal.core.probe;

import io.heal.core.signal.ProbeResult;
import java.util.concurrent.CompletionStage;

/**
 * Checks one thing about a service. Implementations must complete the returned stage within the
 * probe's timeout (a timeout is a failed result with {@code timedOut = true}) and never complete it
 * exceptionally: every failure becomes an unhealthy result. Thread-safe; one probe may be checked
 * again before an earlier check completes only if the caller allows it.
 */
public interface Probe {

  /** The probe's name, unique within its service. */
  String name();

  /** Starts one check. */
  CompletionStage<ProbeResult> check();
}
