package com.acme.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLineTest {

  @Test
  void splitsPlainFields() {
    assertEquals(List.of("id", "name", "price"), CsvLine.split("id,name,price"));
  }

  @Test
  void keepsEmptyFields() {
    assertEquals(List.of("a", "", "c", ""), CsvLine.split("a,,c,"));
  }

  @Test
  void unquotesSimpleQuotedField() {
    assertEquals(List.of("x", "y"), CsvLine.split("\"x\",y"));
  }

  @Test
  void commaInsideQuotesIsLiteral() {
    assertEquals(List.of("1", "Smith, John", "42"), CsvLine.split("1,\"Smith, John\",42"));
  }

  @Test
  void doubledQuoteInsideQuotes() {
    assertEquals(List.of("say \"hi\", then go", "b"), CsvLine.split("\"say \"\"hi\"\", then go\",b"));
  }

  @Test
  void joinQuotesWhenNeeded() {
    assertEquals("a,\"b,c\",\"d\"\"e\"", CsvLine.join(List.of("a", "b,c", "d\"e")));
  }

  @Test
  void joinThenSplitRoundTrips() {
    List<String> fields = List.of("plain", "with, comma", "with \"quote\"", "");
    assertEquals(fields, CsvLine.split(CsvLine.join(fields)));
  }
}
