package io.github.statkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HistogramTest {

  @Test
  void countsValuesPerBucket() {
    Histogram h = Histogram.of(new int[] {1, 2, 3, 10, 11, 20}, 2);
    assertEquals(4, h.count(0));
    assertEquals(2, h.count(1));
  }

  @Test
  void maximumFallsInLastBucket() {
    Histogram h = Histogram.of(new int[] {0, 5, 10}, 5);
    assertEquals(1, h.count(0));
    assertEquals(1, h.count(2));
    assertEquals(1, h.count(4));
  }

  @Test
  void constantDataGoesToFirstBucket() {
    Histogram h = Histogram.of(new int[] {7, 7, 7}, 3);
    assertEquals(3, h.count(0));
    assertEquals(0, h.count(1));
  }

  @Test
  void rejectsEmptyData() {
    assertThrows(IllegalArgumentException.class, () -> Histogram.of(new int[0], 3));
  }
}
