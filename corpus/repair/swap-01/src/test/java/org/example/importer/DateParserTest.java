package org.example.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateParserTest {

  @Test
  void parsesIsoDate() {
    assertEquals(LocalDate.of(2024, 3, 15), DateParser.parse("2024-03-15"));
  }

  @Test
  void parsesDottedDate() {
    assertEquals(LocalDate.of(2024, 3, 15), DateParser.parse("15.03.2024"));
  }

  @Test
  void parsesDottedDateEarlyInMonth() {
    assertEquals(LocalDate.of(2024, 2, 1), DateParser.parse(" 1.2.2024 "));
  }

  @Test
  void sameDayAndMonthIsUnambiguous() {
    assertEquals(LocalDate.of(2023, 5, 5), DateParser.parse("05.05.2023"));
  }

  @Test
  void rejectsUnknownFormat() {
    assertThrows(IllegalArgumentException.class, () -> DateParser.parse("03/15/2024"));
  }
}
