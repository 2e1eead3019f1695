package org.example.numerals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RomanNumeralsTest {

  @Test
  void formatsAdditiveNumbers() {
    assertEquals("III", RomanNumerals.toRoman(3));
    assertEquals("VIII", RomanNumerals.toRoman(8));
    assertEquals("MMXXIII", RomanNumerals.toRoman(2023));
  }

  @Test
  void usesSubtractiveForms() {
    assertEquals("IV", RomanNumerals.toRoman(4));
    assertEquals("IX", RomanNumerals.toRoman(9));
    assertEquals("XL", RomanNumerals.toRoman(40));
    assertEquals("CM", RomanNumerals.toRoman(900));
  }

  @Test
  void formatsYear() {
    assertEquals("MCMXCIV", RomanNumerals.toRoman(1994));
  }

  @Test
  void parsesNumerals() {
    assertEquals(1994, RomanNumerals.fromRoman("MCMXCIV"));
    assertEquals(8, RomanNumerals.fromRoman("VIII"));
  }

  @Test
  void roundTripsEveryNumber() {
    for (int n = 1; n <= 3999; n++) {
      assertEquals(n, RomanNumerals.fromRoman(RomanNumerals.toRoman(n)), "n=" + n);
    }
  }

  @Test
  void rejectsOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> RomanNumerals.toRoman(0));
    assertThrows(IllegalArgumentException.class, () -> RomanNumerals.fromRoman("MXQ"));
  }
}
