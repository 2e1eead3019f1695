package org.example.arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntArraysTest {

  private final int[] data = {4, 8, 15, 16, 23, 42, 8};

  @Test
  void findsFirstAndLastOccurrence() {
    assertEquals(1, IntArrays.indexOf(data, 8));
    assertEquals(6, IntArrays.lastIndexOf(data, 8));
  }

  @Test
  void absentValueHasIndexMinusOne() {
    assertEquals(-1, IntArrays.indexOf(data, 7));
  }

  @Test
  void containsOnlyPresentValues() {
    assertTrue(IntArrays.contains(data, 42));
    assertFalse(IntArrays.contains(data, 7));
  }

  @Test
  void removesFirstOccurrence() {
    assertArrayEquals(new int[] {4, 15, 16, 23, 42, 8}, IntArrays.remove(data, 8));
  }

  @Test
  void removingAbsentValueCopies() {
    assertArrayEquals(data, IntArrays.remove(data, 99));
  }
}
