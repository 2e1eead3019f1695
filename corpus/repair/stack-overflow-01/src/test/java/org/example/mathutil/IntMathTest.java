package org.example.mathutil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IntMathTest {

  @Test
  void powers() {
    assertEquals(1024, IntMath.pow(2, 10));
    assertEquals(7, IntMath.pow(7, 1));
    assertEquals(-27, IntMath.pow(-3, 3));
  }

  @Test
  void anythingToThePowerZeroIsOne() {
    assertEquals(1, IntMath.pow(5, 0));
    assertEquals(1, IntMath.pow(0, 0));
  }

  @Test
  void rejectsNegativeExponent() {
    assertThrows(IllegalArgumentException.class, () -> IntMath.pow(2, -1));
  }

  @Test
  void gcdAndSqrt() {
    assertEquals(6, IntMath.gcd(54, 24));
    assertEquals(3, IntMath.floorSqrt(15));
    assertEquals(4, IntMath.floorSqrt(16));
  }
}
