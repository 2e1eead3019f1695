package io.github.textfmt;

import java.util.ArrayList;
import java.util.List;

/** Greedy word wrapping for fixed-width terminals. */
public final class WordWrap {

  private WordWrap() {}

  /** Lines of at most {@code width} characters; runs of whitespace collapse to one space. */
  public static List<String> wrap(String text, int width) {
    if (width < 1) {
      throw new IllegalArgumentException("width must be >= 1: " + width);
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.trim().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
