package com.acme.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListsTest {

  @Test
  void firstAndLastOfNonEmptyList() {
    List<String> l = List.of("a", "b", "c");
    assertEquals(Optional.of("a"), Lists.first(l));
    assertEquals(Optional.of("c"), Lists.last(l));
  }

  @Test
  void firstOfEmptyListIsEmpty() {
    assertEquals(Optional.empty(), Lists.first(List.of()));
  }

  @Test
  void lastOfEmptyListIsEmpty() {
    assertEquals(Optional.empty(), Lists.last(List.of()));
  }

  @Test
  void getOrDefaultOutsideRange() {
    List<Integer> l = List.of(1, 2);
    assertEquals(2, Lists.getOrDefault(l, 1, 0));
    assertEquals(0, Lists.getOrDefault(l, 2, 0));
    assertEquals(0, Lists.getOrDefault(l, -1, 0));
  }

  @Test
  void rotatesBothWays() {
    List<Integer> l = List.of(1, 2, 3, 4);
    assertEquals(List.of(4, 1, 2, 3), Lists.rotate(l, 1));
    assertEquals(List.of(2, 3, 4, 1), Lists.rotate(l, -1));
    assertEquals(List.of(), Lists.rotate(List.of(), 3));
  }
}
