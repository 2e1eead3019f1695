package com.acme.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void headersWiderThanCells() {
    String out = new TextTable("Name", "Count").addRow("ab", "1").render();
    assertEquals("Name | Count\n---- | -----\nab   | 1\n", out);
  }

  @Test
  void widensColumnsForLongCells() {
    String out = new TextTable("Id", "Product").addRow("1", "Espresso").addRow("1042", "Tea").render();
    assertEquals("Id   | Product\n---- | --------\n1    | Espresso\n1042 | Tea\n", out);
  }

  @Test
  void tableWithoutRowsShowsHeaders() {
    assertEquals("Id | Product\n-- | -------\n", new TextTable("Id", "Product").render());
  }

  @Test
  void rejectsWrongCellCount() {
    assertThrows(IllegalArgumentException.class, () -> new TextTable("A", "B").addRow("x"));
  }
}
