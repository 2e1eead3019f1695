package org.example.hr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmployeeCsvTest {

  @Test
  void parsesCompactCsv() {
    assertEquals(
        List.of(new Employee("Ann", 34, "R&D"), new Employee("Bo", 29, "Sales")),
        EmployeeCsv.parse("name,age,department\nAnn,34,R&D\nBo,29,Sales\n"));
  }

  @Test
  void toleratesSpacesAfterCommas() {
    assertEquals(List.of(new Employee("Ann", 34, "R&D")), EmployeeCsv.parse("name, age, department\nAnn, 34, R&D"));
  }

  @Test
  void skipsBlankLines() {
    assertEquals(1, EmployeeCsv.parse("name,age,department\n\nCy,51,Ops\n\n").size());
  }

  @Test
  void reportsLineWithMissingField() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EmployeeCsv.parse("h\nAnn,34,R&D\nBo,29"));
    assertEquals("line 3: expected 3 fields but found 2", e.getMessage());
  }

  @Test
  void averageAge() {
    assertEquals(31.5, EmployeeCsv.averageAge(EmployeeCsv.parse("h\nAnn,34,R&D\nBo,29,Sales")));
  }
}
