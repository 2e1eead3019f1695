package io.heal.core.incident;

import io.heal.core.anomaly.Anomaly;
import io.heal.core.signal.ProbeResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Heal saw when it opened an incident.
 *
 * @param exitCode the process's exit code, for a crash
 * @param signal the signal that killed it, if any
 * @param probeResults the recent probe results, oldest first
 * @param lastLogLines the last lines the service wrote
 * @param threadDump a JVM thread dump taken before a hung process was killed
 * @param anomalies the anomalies behind an anomaly incident
 * @param details anything else, as short name/value pairs
 */
public record Evidence(
    Optional<Integer> exitCode,
    Optional<String> signal,
    List<ProbeResult> probeResults,
    List<String> lastLogLines,
    Optional<String> threadDump,
    List<Anomaly> anomalies,
    Map<String, String> details) {

  public Evidence {
    probeResults = List.copyOf(probeResults);
    lastLogLines = List.copyOf(lastLogLines);
    anomalies = List.copyOf(anomalies);
    details = Map.copyOf(details);
  }

  /** Evidence with nothing in it. */
  public static Evidence empty() {
    return new Evidence(
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        Optional.empty(),
        List.of(),
        Map.of());
  }

  public Evidence withThreadDump(String dump) {
    return new Evidence(
        exitCode, signal, probeResults, lastLogLines, Optional.of(dump), anomalies, details);
  }

  public Evidence withLastLogLines(List<String> lines) {
    return new Evidence(exitCode, signal, probeResults, lines, threadDump, anomalies, details);
  }
}
