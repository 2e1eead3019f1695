package com.acme.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RectTest {

  @Test
  void intersectionOfDiagonalOverlap() {
    Rect a = new Rect(0, 0, 10, 10);
    Rect b = new Rect(5, 5, 10, 10);
    assertEquals(Optional.of(new Rect(5, 5, 5, 5)), a.intersection(b));
  }

  @Test
  void intersectionOfOffsetRectangles() {
    Rect a = new Rect(0, 0, 10, 10);
    Rect b = new Rect(4, 6, 10, 10);
    assertEquals(Optional.of(new Rect(4, 6, 6, 4)), a.intersection(b));
  }

  @Test
  void disjointRectanglesHaveNoIntersection() {
    assertEquals(Optional.empty(), new Rect(0, 0, 2, 2).intersection(new Rect(2, 0, 2, 2)));
  }

  @Test
  void containsIsHalfOpen() {
    Rect r = new Rect(1, 1, 2, 2);
    assertTrue(r.contains(1, 1));
    assertFalse(r.contains(3, 1));
    assertEquals(4, r.area());
  }
}
