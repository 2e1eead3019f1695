package io.heal.daemon.internal;

import io.heal.core.anomaly.Anomaly;
import io.heal.core.incident.Evidence;
import io.heal.core.signal.ProbeResult;
import io.heal.core.spec.ServiceSpec;
import io.heal.supervisor.LogFiles;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a failure looked like, in words and as evidence, for the incident it opens. */
final class Symptoms {

  /** How many log lines go into an incident's evidence. */
  static final int DEFAULT_EVIDENCE_LOG_LINES = 20;

  private Symptoms() {}

  /** "hung: probe health timed out 3 times in a row (timed out after 500ms)", or unhealthy. */
  static String probeFailure(ServiceSpec spec, String probe, boolean hang, ProbeResult first) {
    int threshold =
        spec.probes().stream()
            .filter(p -> p.name().equals(probe))
            .findFirst()
            .orElseThrow()
            .failureThreshold();
    return (hang
            ? "hung: probe " + probe + " timed out "
            : "unhealthy: probe " + probe + " failed ")
        + threshold
        + " times in a row ("
        + first.detail()
        + ")";
  }

  /** "not ready within its startup period of 4000 ms (last probe: HTTP 503)". */
  static String startupTimeout(ServiceSpec spec, List<ProbeResult> history) {
    String last =
        history.isEmpty()
            ? "no probe answered"
            : "last probe: " + history.get(history.size() - 1).detail();
    return "not ready within its startup period of "
        + spec.startupPeriod().toMillis()
        + " ms ("
        + last
        + ")";
  }

  /** The most severe of the anomalies. */
  static Anomaly worst(List<Anomaly> anomalies) {
    return anomalies.stream().max(Comparator.comparing(Anomaly::severity)).orElseThrow();
  }

  /** "anomaly (high): heap ... limit reached in ~10 s". */
  static String anomaly(Anomaly worst) {
    return "anomaly (" + worst.severity().name().toLowerCase() + "): " + worst.hint();
  }

  /** Evidence with the recent probe results and the last lines of the log. */
  static Evidence evidence(
      List<ProbeResult> probes,
      Path logFile,
      Optional<Integer> exitCode,
      Optional<String> signal,
      Map<String, String> details,
      List<Anomaly> anomalies) {
    return new Evidence(
        exitCode,
        signal,
        probes,
        LogFiles.tail(logFile, DEFAULT_EVIDENCE_LOG_LINES),
        Optional.empty(),
        anomalies,
        details);
  }
}
