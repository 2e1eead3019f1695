package io.heal.report;

import io.heal.core.incident.Incident;
import io.heal.report.internal.Durations;
import io.heal.report.internal.Times;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Incidents as a fixed-width text table for a terminal, one incident a row: ID, SERVICE, KIND,
 * STATUS, DETECT (time to detect), RECOVER (time to recover, {@code -} until recovered) and OPENED
 * (detection time, UTC). Columns are as wide as their widest cell, two spaces apart.
 *
 * <p>Stateless and thread-safe.
 */
public final class IncidentTable {

  private static final List<String> HEADERS =
      List.of("ID", "SERVICE", "KIND", "STATUS", "DETECT", "RECOVER", "OPENED");
  private static final int FIRST_RIGHT_ALIGNED = 4;
  private static final int LAST_RIGHT_ALIGNED = 5;

  /**
   * Longer cells are cut to this many characters, ending in {@code ...}, to keep rows on a line.
   */
  public static final int DEFAULT_MAX_CELL_CHARS = 60;

  private IncidentTable() {}

  /** The table, each line ending in a newline; a single line saying so when there are none. */
  public static String render(List<Incident> incidents) {
    Objects.requireNonNull(incidents, "incidents");
    if (incidents.isEmpty()) {
      return "No incidents.\n";
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADERS);
    for (Incident i : incidents) {
      rows.add(
          List.of(
              i.id(),
              i.service(),
              i.kind().name(),
              i.status().name(),
              Durations.human(i.timeToDetect()),
              Durations.human(i.timeToRecover()),
              Times.shortForm(i.detectedAt())));
    }
    return columns(rows, FIRST_RIGHT_ALIGNED, LAST_RIGHT_ALIGNED);
  }

  /**
   * Rows (the first one the header) as aligned text columns two spaces apart; columns {@code
   * firstRight..lastRight} are right-aligned; cells longer than {@link #DEFAULT_MAX_CELL_CHARS} are
   * cut.
   */
  static String columns(List<List<String>> rows, int firstRight, int lastRight) {
    List<List<String>> cut = new ArrayList<>();
    for (List<String> row : rows) {
      cut.add(row.stream().map(IncidentTable::clean).map(IncidentTable::cut).toList());
    }
    rows = cut;
    int[] widths = new int[rows.get(0).size()];
    for (List<String> row : rows) {
      for (int c = 0; c < widths.length; c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < widths.length; c++) {
        if (c > 0) {
          line.append("  ");
        }
        String cell = row.get(c);
        String pad = " ".repeat(widths[c] - cell.length());
        boolean right = c >= firstRight && c <= lastRight;
        line.append(right ? pad + cell : cell + pad);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  private static String cut(String cell) {
    return cell.length() <= DEFAULT_MAX_CELL_CHARS
        ? cell
        : cell.substring(0, DEFAULT_MAX_CELL_CHARS - 3) + "...";
  }

  /** Keeps a cell on one line and free of terminal control codes. */
  static String clean(String cell) {
    StringBuilder out = new StringBuilder(cell.length());
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      out.append(Character.isISOControl(c) ? '?' : c);
    }
    return out.toString();
  }
}
