package io.github.textfmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordWrapTest {

  @Test
  void wrapsAtSpaces() {
    assertEquals(List.of("the quick", "brown fox", "jumps"), WordWrap.wrap("the quick brown fox jumps", 10));
  }

  @Test
  void wordFillingWholeLine() {
    assertEquals(List.of("abcde", "fg"), WordWrap.wrap("abcde fg", 5));
  }

  @Test
  void collapsesWhitespaceAndIgnoresEmptyText() {
    assertEquals(List.of("a b"), WordWrap.wrap("  a \n\t b ", 10));
    assertEquals(List.of(), WordWrap.wrap("   ", 10));
  }

  @Test
  void splitsWordsLongerThanWidth() {
    assertEquals(
        List.of("see", "https://ex", "ample.org/", "very/long/", "path ok"),
        WordWrap.wrap("see https://example.org/very/long/path ok", 10));
  }

  @Test
  void noLineExceedsWidth() {
    for (String l : WordWrap.wrap("Donaudampfschifffahrtsgesellschaft is a long word", 8)) {
      assertTrue(l.length() <= 8, l);
    }
  }
}
