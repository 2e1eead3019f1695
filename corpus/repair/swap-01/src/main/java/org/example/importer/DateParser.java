package org.example.importer;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the date formats found in imported spreadsheets. */
public final class DateParser {

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

  private DateParser() {}

  /** Accepts {@code yyyy-MM-dd} and day-first {@code dd.MM.yyyy}. */
  public static LocalDate parse(String text) {
    String t = text.trim();
    Matcher m = ISO.matcher(t);
    if (m.matches()) {
      return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
    }
    m = DOTTED.matcher(t);
    if (m.matches()) {
      int day = num(m, 1);
      int month = num(m, 2);
      int year = num(m, 3);
      return LocalDate.of(year, day, month);
    }
    throw new IllegalArgumentException("unsupported date format: '" + text + "'");
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
