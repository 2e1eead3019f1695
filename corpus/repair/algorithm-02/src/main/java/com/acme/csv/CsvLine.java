package com.acme.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of RFC 4180 CSV: fields are separated by commas; a field may be enclosed in double
 * quotes, inside which commas are literal and {@code ""} stands for one quote character.
 */
public final class CsvLine {

  private CsvLine() {}

  public static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    for (String f : line.split(",", -1)) {
      if (f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"")) {
        f = f.substring(1, f.length() - 1).replace("\"\"", "\"");
      }
      fields.add(f);
    }
    return fields;
  }

  public static String join(List<String> fields) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String f = fields.get(i);
      if (f.contains(",") || f.contains("\"") || f.contains("\n")) {
        sb.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(f);
      }
    }
    return sb.toString();
  }
}
