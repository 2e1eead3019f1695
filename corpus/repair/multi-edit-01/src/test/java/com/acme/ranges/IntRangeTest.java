package com.acme.ranges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IntRangeTest {

  @Test
  void intersectionOfOverlappingRanges() {
    assertEquals(Optional.of(new IntRange(5, 10)), new IntRange(1, 10).intersection(new IntRange(5, 20)));
  }

  @Test
  void intersectionWithContainedRange() {
    assertEquals(Optional.of(new IntRange(3, 4)), new IntRange(1, 10).intersection(new IntRange(3, 4)));
  }

  @Test
  void disjointRangesDoNotIntersect() {
    assertFalse(new IntRange(1, 2).overlaps(new IntRange(3, 4)));
    assertEquals(Optional.empty(), new IntRange(1, 2).intersection(new IntRange(3, 4)));
  }

  @Test
  void identicalRangesIntersectInThemselves() {
    IntRange r = new IntRange(-3, 3);
    assertEquals(Optional.of(r), r.intersection(r));
  }

  @Test
  void spanCoversBoth() {
    assertEquals(new IntRange(1, 20), new IntRange(1, 10).span(new IntRange(5, 20)));
    assertEquals(20, new IntRange(1, 20).length());
    assertTrue(new IntRange(1, 5).overlaps(new IntRange(5, 9)));
  }
}
