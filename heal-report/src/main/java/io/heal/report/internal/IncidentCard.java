package io.heal.report.internal;

import static io.heal.report.internal.Html.escape;

import io.heal.core.incident.Incident;
import io.heal.core.incident.TimelineEntry;
import java.time.Duration;

/** One incident as an HTML card: header, measures, timeline (drawn and listed), evidence. */
public final class IncidentCard {

  private IncidentCard() {}

  /** The HTML anchor of an incident's card. */
  public static String anchor(String incidentId) {
    return "incident-" + incidentId.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  /** The card. */
  public static String render(Incident incident) {
    StringBuilder out = new StringBuilder();
    out.append("<section class=\"card\" id=\"")
        .append(escape(anchor(incident.id())))
        .append("\">\n<header class=\"card-head\"><div><h2>")
        .append(escape(incident.service()))
        .append(" <span class=\"kind\">")
        .append(escape(incident.kind().name()))
        .append("</span></h2>\n<div class=\"meta\"><span class=\"mono\">")
        .append(escape(incident.id()))
        .append("</span> &middot; release <b>")
        .append(escape(incident.release()))
        .append("</b> &middot; onset ")
        .append(escape(Times.full(incident.onsetAt())))
        .append("</div></div>\n<span class=\"badge ")
        .append(Labels.statusClass(incident.status()))
        .append("\">")
        .append(escape(incident.status().name()))
        .append("</span></header>\n");
    out.append("<div class=\"measures\">")
        .append(measure("time to detect", Durations.human(incident.timeToDetect())))
        .append(measure("time to recover", Durations.human(incident.timeToRecover())))
        .append(measure("steps", String.valueOf(incident.timeline().size())))
        .append("</div>\n");
    out.append("<h3>Timeline ")
        .append(TimelineSvg.legend(incident))
        .append("</h3>\n")
        .append("<div class=\"tl-wrap\">")
        .append(TimelineSvg.render(incident))
        .append("</div>\n");
    out.append("<table class=\"steps\"><tbody>\n");
    for (TimelineEntry entry : incident.timeline()) {
      out.append("<tr><td class=\"num mono off\">")
          .append(escape(Durations.offset(Duration.between(incident.onsetAt(), entry.at()))))
          .append("</td><td class=\"mono muted\">")
          .append(escape(Times.clock(entry.at())))
          .append("</td><td><span class=\"step ")
          .append(Labels.stepClass(entry.step()))
          .append("\">")
          .append(escape(Labels.step(entry.step())))
          .append("</span></td><td>")
          .append(escape(entry.message()))
          .append("</td></tr>\n");
    }
    out.append("</tbody></table>\n");
    out.append("<h3>Evidence</h3>\n").append(EvidenceHtml.render(incident));
    out.append("</section>\n");
    return out.toString();
  }

  private static String measure(String label, String value) {
    return "<div class=\"measure\"><span class=\"label\">"
        + escape(label)
        + "</span><span class=\"value\">"
        + escape(value)
        + "</span></div>";
  }
}
