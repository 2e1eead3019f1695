package io.heal.report;

import static io.heal.report.internal.Html.escape;

import io.heal.core.incident.Incident;
import io.heal.core.incident.IncidentStatus;
import io.heal.report.internal.Durations;
import io.heal.report.internal.IncidentCard;
import io.heal.report.internal.ReportCss;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Incidents as one self-contained HTML page for people: inline CSS and SVG, no fonts, scripts or
 * images fetched, so the file can be mailed or attached to a ticket. The page has totals
 * (incidents, resolved, escalated, median time to recover), a summary table, then a card per
 * incident with its measures, a drawn timeline, the step list and the evidence. All text is
 * escaped.
 *
 * <p>Stateless and thread-safe.
 */
public final class IncidentReport {

  private IncidentReport() {}

  /**
   * Renders the page.
   *
   * @param title the page title
   * @param incidents the incidents, in the order their cards appear
   * @param summary the summary rows; if empty, one row per incident named by its kind and service
   */
  public static String render(
      String title, List<Incident> incidents, Optional<List<SummaryRow>> summary) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(incidents, "incidents");
    Objects.requireNonNull(summary, "summary");
    List<SummaryRow> rows =
        summary.orElseGet(
            () ->
                incidents.stream()
                    .map(
                        i ->
                            SummaryRow.of(
                                i.kind().name().toLowerCase(Locale.ROOT) + " of " + i.service(), i))
                    .toList());
    StringBuilder out = new StringBuilder(16_384);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(title))
        .append("</title>\n<style>\n")
        .append(ReportCss.CSS)
        .append("</style>\n</head>\n<body>\n<main>\n<h1>")
        .append(escape(title))
        .append("</h1>\n");
    out.append(totals(incidents));
    if (!rows.isEmpty()) {
      out.append(summaryTable(rows));
    }
    if (incidents.isEmpty()) {
      out.append("<p class=\"muted\">No incidents.</p>\n");
    }
    for (Incident incident : incidents) {
      out.append(IncidentCard.render(incident));
    }
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private static String totals(List<Incident> incidents) {
    long resolved = count(incidents, IncidentStatus.RESOLVED);
    long escalated = count(incidents, IncidentStatus.ESCALATED);
    long open = count(incidents, IncidentStatus.OPEN);
    List<Duration> recoveries =
        incidents.stream().flatMap(i -> i.timeToRecover().stream()).toList();
    List<Duration> detections = incidents.stream().map(Incident::timeToDetect).toList();
    StringBuilder out = new StringBuilder("<div class=\"totals\">\n");
    out.append(total("", "incidents", String.valueOf(incidents.size())))
        .append(total("good", "resolved", String.valueOf(resolved)))
        .append(total(escalated > 0 ? "bad" : "", "escalated", String.valueOf(escalated)));
    if (open > 0) {
      out.append(total("warn", "open", String.valueOf(open)));
    }
    out.append(total("", "median time to detect", Durations.human(Durations.median(detections))))
        .append(total("", "median time to recover", Durations.human(Durations.median(recoveries))))
        .append("</div>\n");
    return out.toString();
  }

  private static String summaryTable(List<SummaryRow> rows) {
    StringBuilder out =
        new StringBuilder(
            "<table class=\"summary\"><thead><tr><th>fault</th><th class=\"num\">detected after"
                + "</th><th class=\"num\">healed after</th><th>remedy</th><th>outcome</th>"
                + "</tr></thead><tbody>\n");
    for (SummaryRow row : rows) {
      out.append("<tr><td>");
      if (row.incidentId().isPresent()) {
        out.append("<a href=\"#")
            .append(escape(IncidentCard.anchor(row.incidentId().get())))
            .append("\">")
            .append(escape(row.fault()))
            .append("</a>");
      } else {
        out.append(escape(row.fault()));
      }
      out.append("</td><td class=\"num mono\">")
          .append(escape(Durations.human(row.detectedAfter())))
          .append("</td><td class=\"num mono\">")
          .append(escape(Durations.human(row.healedAfter())))
          .append("</td><td>")
          .append(escape(row.remedy()))
          .append("</td><td><span class=\"badge ")
          .append(outcomeClass(row.outcome()))
          .append("\">")
          .append(escape(row.outcome()))
          .append("</span></td></tr>\n");
    }
    return out.append("</tbody></table>\n").toString();
  }

  private static String outcomeClass(String outcome) {
    String o = outcome.toLowerCase(Locale.ROOT);
    if (o.startsWith("heal") || o.startsWith("resolv") || o.startsWith("recover")) {
      return "resolved";
    }
    return o.startsWith("escalat") || o.startsWith("fail") ? "escalated" : "open";
  }

  private static String total(String cssClass, String label, String value) {
    return "<div class=\"total "
        + cssClass
        + "\"><span class=\"label\">"
        + escape(label)
        + "</span><span class=\"value\">"
        + escape(value)
        + "</span></div>\n";
  }

  private static long count(List<Incident> incidents, IncidentStatus status) {
    return incidents.stream().filter(i -> i.status() == status).count();
  }
}
