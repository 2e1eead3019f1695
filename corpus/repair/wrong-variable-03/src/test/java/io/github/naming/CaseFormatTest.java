package io.github.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CaseFormatTest {

  @Test
  void snakeToCamel() {
    assertEquals("orderLineId", CaseFormat.snakeToCamel("order_line_id"));
    assertEquals("httpStatus", CaseFormat.snakeToCamel("HTTP__STATUS"));
  }

  @Test
  void singleWordIsUnchanged() {
    assertEquals("name", CaseFormat.snakeToCamel("name"));
  }

  @Test
  void camelToSnake() {
    assertEquals("order_line_id", CaseFormat.camelToSnake("orderLineId"));
    assertEquals("url", CaseFormat.camelToSnake("Url"));
  }

  @Test
  void roundTrip() {
    assertEquals("created_at", CaseFormat.camelToSnake(CaseFormat.snakeToCamel("created_at")));
  }
}
