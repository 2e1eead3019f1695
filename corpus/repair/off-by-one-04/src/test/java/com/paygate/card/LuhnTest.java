package com.paygate.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LuhnTest {

  @Test
  void acceptsValidNumbers() {
    assertTrue(Luhn.isValid("79927398713"));
    assertTrue(Luhn.isValid("4539 1488 0343 6467"));
  }

  @Test
  void rejectsMistypedNumber() {
    assertFalse(Luhn.isValid("79927398711"));
  }

  @Test
  void rejectsNonDigitsAndTooShortInput() {
    assertFalse(Luhn.isValid("7992-7398-713"));
    assertFalse(Luhn.isValid("0"));
  }

  @Test
  void computesCheckDigit() {
    assertEquals(3, Luhn.checkDigit("7992739871"));
    assertEquals(7, Luhn.checkDigit("453914880343646"));
  }
}
