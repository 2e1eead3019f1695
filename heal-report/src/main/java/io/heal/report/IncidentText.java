package io.heal.report;

import io.heal.core.anomaly.Anomaly;
import io.heal.core.incident.Evidence;
import io.heal.core.incident.Incident;
import io.heal.core.incident.TimelineEntry;
import io.heal.core.signal.ProbeResult;
import io.heal.report.internal.Durations;
import io.heal.report.internal.Labels;
import io.heal.report.internal.Times;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One incident in full as plain text for a terminal ({@code heal incidents show}): its facts, the
 * timeline with each step's offset from onset, and the evidence including log lines and the thread
 * dump.
 *
 * <p>Stateless and thread-safe.
 */
public final class IncidentText {

  private static final String INDENT = "  ";

  private IncidentText() {}

  /** The incident as text, ending in a newline. */
  public static String render(Incident incident) {
    Objects.requireNonNull(incident, "incident");
    StringBuilder out = new StringBuilder();
    out.append("Incident ").append(incident.id()).append('\n');
    field(out, "service", incident.service());
    field(out, "kind", incident.kind().name());
    field(out, "release", incident.release());
    field(out, "status", incident.status().name());
    field(out, "onset", Times.full(incident.onsetAt()));
    field(out, "detected", Times.full(incident.detectedAt()));
    field(out, "to detect", Durations.human(incident.timeToDetect()));
    field(out, "to recover", Durations.human(incident.timeToRecover()));

    out.append("\nTimeline (offsets from onset)\n");
    int stepWidth = "verified healthy".length();
    for (TimelineEntry e : incident.timeline()) {
      out.append(INDENT)
          .append(pad(Durations.offset(Duration.between(incident.onsetAt(), e.at())), 10, true))
          .append("  ")
          .append(Times.clock(e.at()))
          .append("  ")
          .append(pad(Labels.step(e.step()), stepWidth, false))
          .append("  ")
          .append(oneLine(e.message()))
          .append('\n');
    }
    evidence(out, incident);
    return out.toString();
  }

  private static void evidence(StringBuilder out, Incident incident) {
    Evidence e = incident.evidence();
    out.append("\nEvidence\n");
    if (e.exitCode().isPresent() || e.signal().isPresent()) {
      out.append(INDENT).append("process exit: ");
      e.exitCode().ifPresent(code -> out.append("exit code ").append(code));
      e.signal()
          .ifPresent(
              s ->
                  out.append(e.exitCode().isPresent() ? ", " : "")
                      .append("killed by SIG")
                      .append(s));
      out.append('\n');
    }
    new TreeMap<>(e.details())
        .forEach(
            (k, v) -> out.append(INDENT).append(k).append(": ").append(oneLine(v)).append('\n'));
    if (!e.probeResults().isEmpty()) {
      out.append(INDENT).append("probe results:\n");
      for (ProbeResult r : e.probeResults()) {
        out.append(INDENT)
            .append(INDENT)
            .append(pad(Durations.offset(Duration.between(incident.onsetAt(), r.at())), 10, true))
            .append("  ")
            .append(r.probe())
            .append("  ")
            .append(r.healthy() ? "pass" : r.timedOut() ? "timeout" : "fail")
            .append("  ")
            .append(Durations.human(r.latency()))
            .append("  ")
            .append(oneLine(r.detail()))
            .append('\n');
      }
    }
    if (!e.anomalies().isEmpty()) {
      out.append(INDENT).append("anomalies:\n");
      for (Anomaly a : e.anomalies()) {
        out.append(INDENT)
            .append(INDENT)
            .append(
                String.format(
                    Locale.ROOT,
                    "%s %s = %.4g (expected %.4g +- %.4g, score %.2f): %s",
                    a.severity(),
                    a.metric(),
                    a.value(),
                    a.expected(),
                    a.spread(),
                    a.score(),
                    oneLine(a.hint())))
            .append('\n');
      }
    }
    if (!e.lastLogLines().isEmpty()) {
      int n = e.lastLogLines().size();
      out.append(INDENT)
          .append("last ")
          .append(n)
          .append(n == 1 ? " log line:\n" : " log lines:\n");
      e.lastLogLines()
          .forEach(l -> out.append(INDENT).append("| ").append(oneLine(l)).append('\n'));
    }
    e.threadDump()
        .ifPresent(
            dump -> {
              out.append(INDENT).append("thread dump:\n");
              dump.lines().forEach(l -> out.append(INDENT).append(INDENT).append(l).append('\n'));
            });
    if (out.toString().endsWith("Evidence\n")) {
      out.append(INDENT).append("none recorded\n");
    }
  }

  private static void field(StringBuilder out, String name, String value) {
    out.append(INDENT).append(pad(name, 11, false)).append(oneLine(value)).append('\n');
  }

  private static String pad(String s, int width, boolean right) {
    String padding = " ".repeat(Math.max(0, width - s.length()));
    return right ? padding + s : s + padding;
  }

  private static String oneLine(String s) {
    return IncidentTable.clean(s.replace("\r\n", " ").replace('\n', ' '));
  }
}
