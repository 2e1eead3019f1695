package org.example.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TruncatorTest {

  @Test
  void cutsLongText() {
    assertEquals("Hello, w...", Truncator.truncate("Hello, world of text", 11));
  }

  @Test
  void shortTextIsUnchanged() {
    assertEquals("Hi", Truncator.truncate("Hi", 10));
  }

  @Test
  void textOfExactlyMaxLengthIsUnchanged() {
    assertEquals("Hello", Truncator.truncate("Hello", 5));
  }

  @Test
  void cutsAtWordBoundary() {
    assertEquals("The quick...", Truncator.truncateWords("The quick brown fox", 14));
    assertEquals("fox", Truncator.truncateWords("fox", 14));
  }

  @Test
  void rejectsTooSmallMaximum() {
    assertThrows(IllegalArgumentException.class, () -> Truncator.truncate("abc", 2));
  }
}
