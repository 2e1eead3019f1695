package org.example.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CalendarMathTest {

  @Test
  void leapYears() {
    assertTrue(CalendarMath.isLeapYear(2024));
    assertTrue(CalendarMath.isLeapYear(2000));
  }

  @Test
  void centuryYearsAreLeapOnlyWhenDivisibleBy400() {
    assertFalse(CalendarMath.isLeapYear(1900));
    assertFalse(CalendarMath.isLeapYear(2100));
  }

  @Test
  void februaryLength() {
    assertEquals(29, CalendarMath.daysInMonth(2024, 2));
    assertEquals(28, CalendarMath.daysInMonth(2023, 2));
  }

  @Test
  void otherMonthLengths() {
    assertEquals(30, CalendarMath.daysInMonth(2023, 4));
    assertEquals(31, CalendarMath.daysInMonth(2023, 12));
  }

  @Test
  void dayOfYearInLeapYear() {
    assertEquals(61, CalendarMath.dayOfYear(2024, 3, 1));
  }

  @Test
  void rejectsInvalidMonth() {
    assertThrows(IllegalArgumentException.class, () -> CalendarMath.daysInMonth(2024, 13));
  }
}
