package io.heal.report;

import io.heal.report.internal.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The summary rows of a report as a fixed-width text table for a terminal, the one the demo prints
 * at its end: FAULT, DETECTED AFTER, HEALED AFTER, REMEDY, OUTCOME.
 *
 * <p>Stateless and thread-safe.
 */
public final class SummaryTable {

  private static final List<String> HEADERS =
      List.of("FAULT", "DETECTED AFTER", "HEALED AFTER", "REMEDY", "OUTCOME");

  private SummaryTable() {}

  /** The table, each line ending in a newline; a single line saying so when there are no rows. */
  public static String render(List<SummaryRow> rows) {
    Objects.requireNonNull(rows, "rows");
    if (rows.isEmpty()) {
      return "No faults.\n";
    }
    List<List<String>> lines = new ArrayList<>();
    lines.add(HEADERS);
    for (SummaryRow row : rows) {
      lines.add(
          List.of(
              row.fault(),
              Durations.human(row.detectedAfter()),
              Durations.human(row.healedAfter()),
              row.remedy(),
              row.outcome()));
    }
    return IncidentTable.columns(lines, 1, 2);
  }
}
