package com.acme.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {

  private final DateRange march = new DateRange(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));

  @Test
  void dayCountIncludesBothEnds() {
    assertEquals(31, march.days());
  }

  @Test
  void singleDayRangeHasOneDay() {
    LocalDate d = LocalDate.of(2024, 2, 29);
    assertEquals(1, new DateRange(d, d).days());
  }

  @Test
  void containsItsEnds() {
    assertTrue(march.contains(LocalDate.of(2024, 3, 1)));
    assertTrue(march.contains(LocalDate.of(2024, 3, 31)));
    assertFalse(march.contains(LocalDate.of(2024, 4, 1)));
  }

  @Test
  void listsAllDates() {
    assertEquals(31, march.dates().size());
  }

  @Test
  void countsWeekdays() {
    assertEquals(21, march.weekdays());
  }
}
