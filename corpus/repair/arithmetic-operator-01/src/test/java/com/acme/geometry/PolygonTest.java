package com.acme.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolygonTest {

  @Test
  void areaOfRectangleAtOrigin() {
    Polygon p = new Polygon(List.of(new Point(0, 0), new Point(4, 0), new Point(4, 3), new Point(0, 3)));
    assertEquals(12.0, p.area(), 1e-9);
  }

  @Test
  void areaOfTriangleAwayFromOrigin() {
    Polygon p = new Polygon(List.of(new Point(1, 1), new Point(5, 1), new Point(1, 4)));
    assertEquals(6.0, p.area(), 1e-9);
  }

  @Test
  void detectsClockwiseOrder() {
    Polygon p = new Polygon(List.of(new Point(1, 1), new Point(1, 4), new Point(5, 1)));
    assertFalse(p.isCounterClockwise());
  }

  @Test
  void perimeterOfTriangle() {
    Polygon p = new Polygon(List.of(new Point(1, 1), new Point(5, 1), new Point(1, 4)));
    assertEquals(12.0, p.perimeter(), 1e-9);
  }

  @Test
  void rejectsDegeneratePolygon() {
    assertThrows(IllegalArgumentException.class, () -> new Polygon(List.of(new Point(0, 0), new Point(1, 1))));
  }
}
