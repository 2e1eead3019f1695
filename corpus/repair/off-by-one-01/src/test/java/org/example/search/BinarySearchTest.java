package org.example.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BinarySearchTest {

  private final int[] data = {2, 3, 5, 7, 11, 13, 17};

  @Test
  void findsEveryPresentKey() {
    for (int i = 0; i < data.length; i++) {
      assertEquals(i, BinarySearch.indexOf(data, data[i]));
    }
  }

  @Test
  void keyBetweenElementsIsMissing() {
    assertEquals(-1, BinarySearch.indexOf(data, 6));
    assertEquals(-1, BinarySearch.indexOf(data, 1));
  }

  @Test
  void keyLargerThanAllIsMissing() {
    assertEquals(-1, BinarySearch.indexOf(data, 20));
  }

  @Test
  void emptyArrayHasNothing() {
    assertEquals(-1, BinarySearch.indexOf(new int[0], 4));
  }

  @Test
  void insertionPoints() {
    assertEquals(0, BinarySearch.insertionPoint(data, 1));
    assertEquals(3, BinarySearch.insertionPoint(data, 6));
    assertEquals(7, BinarySearch.insertionPoint(data, 99));
  }
}
