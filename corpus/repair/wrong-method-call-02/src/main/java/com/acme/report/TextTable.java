package com.acme.report;

import java.util.ArrayList;
import java.util.List;

/** Renders rows as a fixed-width plain-text table for console reports. */
public final class TextTable {

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  public TextTable(String... headers) {
    this.headers = List.of(headers);
  }

  public TextTable addRow(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
    }
    rows.add(List.of(cells));
    return this;
  }

  int[] columnWidths() {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
    }
    for (List<String> row : rows) {
      for (int c = 0; c < widths.length; c++) {
        widths[c] = Math.min(widths[c], row.get(c).length());
      }
    }
    return widths;
  }

  public String render() {
    int[] widths = columnWidths();
    StringBuilder sb = new StringBuilder();
    line(sb, headers, widths);
    List<String> rule = new ArrayList<>();
    for (int w : widths) {
      rule.add("-".repeat(w));
    }
    line(sb, rule, widths);
    for (List<String> row : rows) {
      line(sb, row, widths);
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<String> cells, int[] widths) {
    StringBuilder l = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        l.append(" | ");
      }
      l.append(String.format("%-" + widths[c] + "s", cells.get(c)));
    }
    sb.append(l.toString().stripTrailing()).append('\n');
  }
}
