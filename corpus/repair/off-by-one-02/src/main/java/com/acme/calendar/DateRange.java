package com.acme.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** A closed range of calendar dates: both {@code start} and {@code end} belong to it. */
public record DateRange(LocalDate start, LocalDate end) {

  public DateRange {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " is before start " + start);
    }
  }

  /** Number of dates in the range. */
  public long days() {
    return ChronoUnit.DAYS.between(start, end);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  public List<LocalDate> dates() {
    return start.datesUntil(end.plusDays(1)).toList();
  }

  /** Number of Monday-to-Friday dates in the range. */
  public long weekdays() {
    return dates().stream()
        .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
        .count();
  }
}
