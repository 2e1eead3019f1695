package io.heal.report.internal;

import static io.heal.report.internal.Html.escape;

import io.heal.core.anomaly.Anomaly;
import io.heal.core.incident.Evidence;
import io.heal.core.incident.Incident;
import io.heal.core.signal.ProbeResult;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The evidence section of an incident card. */
public final class EvidenceHtml {

  private EvidenceHtml() {}

  /** The evidence as HTML: exit, details, probe results, anomalies, log lines, thread dump. */
  public static String render(Incident incident) {
    Evidence e = incident.evidence();
    StringBuilder out = new StringBuilder();
    if (e.exitCode().isPresent() || e.signal().isPresent()) {
      out.append("<p class=\"exit\"><span class=\"k\">Process exit</span> ");
      e.exitCode().ifPresent(code -> out.append("exit code <b>").append(code).append("</b>"));
      e.signal()
          .ifPresent(
              sig ->
                  out.append(e.exitCode().isPresent() ? ", " : "")
                      .append("killed by <b>SIG")
                      .append(escape(sig))
                      .append("</b>"));
      out.append("</p>\n");
    }
    if (!e.details().isEmpty()) {
      out.append("<dl class=\"details\">");
      for (Map.Entry<String, String> d : new TreeMap<>(e.details()).entrySet()) {
        out.append("<div><dt>")
            .append(escape(d.getKey()))
            .append("</dt><dd>")
            .append(escape(d.getValue()))
            .append("</dd></div>");
      }
      out.append("</dl>\n");
    }
    if (!e.probeResults().isEmpty()) {
      out.append("<h4>Probe results</h4>\n<table class=\"data\"><thead><tr>")
          .append("<th>at</th><th>probe</th><th>result</th><th class=\"num\">latency</th>")
          .append("<th>detail</th></tr></thead><tbody>\n");
      for (ProbeResult r : e.probeResults()) {
        String result = r.healthy() ? "pass" : r.timedOut() ? "timeout" : "fail";
        out.append("<tr><td class=\"mono\">")
            .append(escape(Durations.offset(Duration.between(incident.onsetAt(), r.at()))))
            .append("</td><td>")
            .append(escape(r.probe()))
            .append("</td><td><span class=\"pill ")
            .append(r.healthy() ? "good" : "bad")
            .append("\">")
            .append(result)
            .append("</span></td><td class=\"num mono\">")
            .append(escape(Durations.human(r.latency())))
            .append("</td><td>")
            .append(escape(r.detail()))
            .append("</td></tr>\n");
      }
      out.append("</tbody></table>\n");
    }
    if (!e.anomalies().isEmpty()) {
      out.append("<h4>Anomalies</h4>\n<table class=\"data\"><thead><tr>")
          .append("<th>metric</th><th class=\"num\">value</th><th class=\"num\">expected</th>")
          .append("<th class=\"num\">score</th><th>severity</th><th>hint</th>")
          .append("</tr></thead><tbody>\n");
      for (Anomaly a : e.anomalies()) {
        out.append("<tr><td class=\"mono\">")
            .append(escape(a.metric()))
            .append("</td><td class=\"num mono\">")
            .append(number(a.value()))
            .append("</td><td class=\"num mono\">")
            .append(number(a.expected()))
            .append(" &plusmn; ")
            .append(number(a.spread()))
            .append("</td><td class=\"num mono\">")
            .append(String.format(Locale.ROOT, "%.2f", a.score()))
            .append("</td><td><span class=\"pill sev-")
            .append(a.severity().name().toLowerCase(Locale.ROOT))
            .append("\">")
            .append(a.severity())
            .append("</span></td><td>")
            .append(escape(a.hint()))
            .append("</td></tr>\n");
      }
      out.append("</tbody></table>\n");
    }
    if (!e.lastLogLines().isEmpty()) {
      out.append("<h4>Last ")
          .append(e.lastLogLines().size())
          .append(e.lastLogLines().size() == 1 ? " log line" : " log lines")
          .append("</h4>\n<pre class=\"log\">");
      for (String line : e.lastLogLines()) {
        out.append(escape(line)).append('\n');
      }
      out.append("</pre>\n");
    }
    e.threadDump()
        .ifPresent(
            dump ->
                out.append("<details class=\"dump\"><summary>Thread dump (")
                    .append(dump.lines().count())
                    .append(" lines)</summary><pre>")
                    .append(escape(dump))
                    .append("</pre></details>\n"));
    if (out.length() == 0) {
      out.append("<p class=\"muted\">No evidence recorded.</p>\n");
    }
    return out.toString();
  }

  private static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return String.valueOf(value);
    }
    return new BigDecimal(value)
        .round(new MathContext(4, RoundingMode.HALF_EVEN))
        .stripTrailingZeros()
        .toPlainString();
  }
}
