package org.example.calendar;

/** Gregorian calendar arithmetic without java.time, for a legacy file format. */
public final class CalendarMath {

  private CalendarMath() {}

  public static boolean isLeapYear(int year) {
    return (year % 4 == 0 || year % 100 != 0) || year % 400 == 0;
  }

  public static int daysInMonth(int year, int month) {
    return switch (month) {
      case 2 -> isLeapYear(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      case 1, 3, 5, 7, 8, 10, 12 -> 31;
      default -> throw new IllegalArgumentException("month must be 1..12: " + month);
    };
  }

  /** 1-based ordinal day within the year. */
  public static int dayOfYear(int year, int month, int day) {
    if (day < 1 || day > daysInMonth(year, month)) {
      throw new IllegalArgumentException("no day " + day + " in " + year + "-" + month);
    }
    int n = day;
    for (int m = 1; m < month; m++) {
      n += daysInMonth(year, m);
    }
    return n;
  }
}
