package com.acme.books;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Isbn10Test {

  @Test
  void acceptsValidIsbns() {
    assertTrue(Isbn10.isValid("0-306-40615-2"));
    assertTrue(Isbn10.isValid("0 8044 2957 X"));
  }

  @Test
  void rejectsWrongCheckDigit() {
    assertFalse(Isbn10.isValid("0-306-40615-3"));
  }

  @Test
  void rejectsWrongLengthAndLetters() {
    assertFalse(Isbn10.isValid("0-306-40615"));
    assertFalse(Isbn10.isValid("0-306-4O615-2"));
  }

  @Test
  void convertsToIsbn13() {
    assertEquals("9780306406157", Isbn10.toIsbn13("0-306-40615-2"));
  }
}
