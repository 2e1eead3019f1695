package com.acme.textstats;

import java.util.Map;
import java.util.TreeMap;

/** Word statistics for the editor's status bar. */
public final class WordCounter {

  private WordCounter() {}

  /** Number of non-overlapping occurrences of {@code word} in {@code text}. */
  public static int occurrences(String text, String word) {
    if (word.isEmpty()) {
      return 0;
    }
    int count = 0;
    int idx = text.indexOf(word);
    while (idx >= 0) {
      count++;
      idx = text.indexOf(word, idx);
    }
    return count;
  }

  /** Frequency of each lower-cased word. */
  public static Map<String, Integer> frequencies(String text) {
    Map<String, Integer> freq = new TreeMap<>();
    for (String w : text.toLowerCase().split("[^\\p{L}\\p{N}']+")) {
      if (!w.isEmpty()) {
        freq.merge(w, 1, Integer::sum);
      }
    }
    return freq;
  }
}
