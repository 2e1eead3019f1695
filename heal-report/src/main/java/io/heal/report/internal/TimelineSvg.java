package io.heal.report.internal;

import io.heal.core.incident.Incident;
import io.heal.core.incident.IncidentStatus;
import io.heal.core.incident.Step;
import io.heal.core.incident.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An incident's timeline as an inline SVG: a horizontal bar from onset to the last step, coloured
 * by phase (down and undetected, healing, healthy), with a marker per step at its offset from onset
 * on a linear scale. Labels ({@code +3 ms detected}) hang below the bar in as many lanes as it
 * takes for them not to overlap.
 */
public final class TimelineSvg {

  static final int WIDTH = 1000;
  static final int LEFT = 12;
  static final int RIGHT = WIDTH - 12;
  static final int BAR_Y = 22;
  static final int BAR_HEIGHT = 10;
  static final int FIRST_LANE_Y = 62;
  static final int LANE_HEIGHT = 20;
  static final double CHAR_WIDTH = 6.6;
  static final int LABEL_GAP = 14;

  private TimelineSvg() {}

  /** The SVG element for the incident. */
  public static String render(Incident incident) {
    List<Marker> markers = markers(incident);
    Duration span = markers.get(markers.size() - 1).offset;
    double scale =
        span.isNegative() || span.isZero() ? 0 : (RIGHT - LEFT) / (double) span.toNanos();
    List<Double> laneEnds = new ArrayList<>();
    StringBuilder leaders = new StringBuilder();
    StringBuilder labels = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    for (Marker marker : markers) {
      double x = LEFT + Math.max(0, marker.offset.toNanos()) * scale;
      String text = Durations.offset(marker.offset) + " " + marker.label;
      double width = text.length() * CHAR_WIDTH;
      boolean anchorEnd = x + width > RIGHT;
      double start = anchorEnd ? x - width : x;
      int lane = 0;
      while (lane < laneEnds.size() && laneEnds.get(lane) + LABEL_GAP > start) {
        lane++;
      }
      if (lane == laneEnds.size()) {
        laneEnds.add(start + width);
      } else {
        laneEnds.set(lane, start + width);
      }
      int y = FIRST_LANE_Y + lane * LANE_HEIGHT;
      leaders.append(
          String.format(
              Locale.ROOT,
              "<line class=\"leader\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>\n",
              x,
              BAR_Y + BAR_HEIGHT + 6,
              x,
              y - 11));
      labels.append(
          String.format(
              Locale.ROOT,
              "<text class=\"tl-label %s\" x=\"%.1f\" y=\"%d\" text-anchor=\"%s\">"
                  + "<tspan class=\"tl-off\">%s</tspan> %s</text>\n",
              marker.cssClass,
              anchorEnd ? x + 3 : x - 3,
              y,
              anchorEnd ? "end" : "start",
              Html.escape(Durations.offset(marker.offset)),
              Html.escape(marker.label)));
      dots.append(
          String.format(
              Locale.ROOT,
              "<circle class=\"marker %s\" cx=\"%.1f\" cy=\"%d\" r=\"7\"><title>%s</title></circle>\n",
              marker.cssClass,
              x,
              BAR_Y + BAR_HEIGHT / 2,
              Html.escape(text + ": " + marker.message)));
    }
    int height = FIRST_LANE_Y + (laneEnds.size() - 1) * LANE_HEIGHT + 10;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"timeline\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\""
                + " aria-label=\"timeline of incident %s\">\n",
            WIDTH,
            height,
            Html.escape(incident.id())));
    svg.append(phases(incident, scale));
    svg.append(leaders).append(labels).append(dots).append("</svg>\n");
    return svg.toString();
  }

  private static String phases(Incident incident, double scale) {
    StringBuilder out = new StringBuilder();
    out.append(rect("phase-track", LEFT, RIGHT));
    double detected = LEFT + Math.max(0, offset(incident, incident.detectedAt()).toNanos()) * scale;
    out.append(rect("phase-down", LEFT, detected));
    double healed =
        incident
            .firstStep(Step.VERIFIED_HEALTHY)
            .map(e -> LEFT + offset(incident, e.at()).toNanos() * scale)
            .orElse((double) RIGHT);
    String healing = incident.status() == IncidentStatus.ESCALATED ? "phase-failed" : "phase-heal";
    out.append(rect(healing, detected, healed));
    out.append(rect("phase-ok", healed, RIGHT));
    return out.toString();
  }

  /** A legend of the phase colours this incident's bar uses. */
  public static String legend(Incident incident) {
    StringBuilder out = new StringBuilder("<span class=\"legend\">");
    out.append(swatch("phase-down", "down, not yet detected"));
    if (incident.status() == IncidentStatus.ESCALATED) {
      out.append(swatch("phase-failed", "remedies did not heal it"));
    } else {
      out.append(swatch("phase-heal", "healing"));
    }
    if (incident.firstStep(Step.VERIFIED_HEALTHY).isPresent()) {
      out.append(swatch("phase-ok", "verified healthy"));
    }
    return out.append("</span>").toString();
  }

  private static String swatch(String cssClass, String label) {
    return "<span class=\"swatch " + cssClass + "\"></span>" + label;
  }

  private static String rect(String cssClass, double from, double to) {
    if (to - from < 0.5) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        "<rect class=\"%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"3\"/>\n",
        cssClass,
        from,
        BAR_Y,
        to - from,
        BAR_HEIGHT);
  }

  private static List<Marker> markers(Incident incident) {
    List<Marker> markers = new ArrayList<>();
    markers.add(new Marker(Duration.ZERO, "onset", "onset", "the failure began"));
    for (TimelineEntry entry : incident.timeline()) {
      markers.add(
          new Marker(
              offset(incident, entry.at()),
              Labels.step(entry.step()),
              Labels.stepClass(entry.step()),
              entry.message()));
    }
    markers.sort((a, b) -> a.offset.compareTo(b.offset));
    return markers;
  }

  static Duration offset(Incident incident, Instant at) {
    return Duration.between(incident.onsetAt(), at);
  }

  private record Marker(Duration offset, String label, String cssClass, String message) {}
}
