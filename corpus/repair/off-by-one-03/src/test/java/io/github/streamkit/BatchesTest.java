package io.github.streamkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchesTest {

  @Test
  void chunksWithShorterTail() {
    assertEquals(List.of(List.of(1, 2), List.of(3, 4), List.of(5)), Batches.chunk(List.of(1, 2, 3, 4, 5), 2));
  }

  @Test
  void chunkOfEmptyListIsEmpty() {
    assertEquals(List.of(), Batches.chunk(List.of(), 3));
  }

  @Test
  void slidingWindowsCoverTheWholeList() {
    assertEquals(
        List.of(List.of(1, 2), List.of(2, 3), List.of(3, 4)), Batches.sliding(List.of(1, 2, 3, 4), 2));
  }

  @Test
  void windowAsLargeAsListYieldsOneWindow() {
    assertEquals(List.of(List.of("a", "b", "c")), Batches.sliding(List.of("a", "b", "c"), 3));
  }

  @Test
  void windowLargerThanListYieldsNothing() {
    assertEquals(List.of(), Batches.sliding(List.of(1, 2), 3));
  }

  @Test
  void rejectsNonPositiveSizes() {
    assertThrows(IllegalArgumentException.class, () -> Batches.chunk(List.of(1), 0));
    assertThrows(IllegalArgumentException.class, () -> Batches.sliding(List.of(1), 0));
  }
}
