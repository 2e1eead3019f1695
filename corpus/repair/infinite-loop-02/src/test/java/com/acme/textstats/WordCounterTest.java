package com.acme.textstats;

import static org.junit.Assert.assertEquals;

import java.util.Map;
import org.junit.Test;

public class WordCounterTest {

  @Test(timeout = 2000)
  public void countsNonOverlappingOccurrences() {
    assertEquals(2, WordCounter.occurrences("abababab", "aba"));
  }

  @Test(timeout = 2000)
  public void countsSingleOccurrence() {
    assertEquals(1, WordCounter.occurrences("the cat sat", "cat"));
  }

  @Test(timeout = 2000)
  public void absentWordCountsZero() {
    assertEquals(0, WordCounter.occurrences("the cat sat", "dog"));
    assertEquals(0, WordCounter.occurrences("anything", ""));
  }

  @Test(timeout = 2000)
  public void wordFrequencies() {
    assertEquals(Map.of("a", 2, "rose", 3, "is", 2), WordCounter.frequencies("A rose is a rose, is rose"));
  }
}
