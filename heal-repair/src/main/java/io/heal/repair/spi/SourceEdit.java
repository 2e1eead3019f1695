package io.heal.repair.spi;

import java.util.Set;

/**
 * One textual splice into a source file, derived from a syntax-tree edit: the characters in {@code
 * [begin, end)} are replaced by {@code replacement}, so the rest of the file keeps its formatting.
 *
 * @param begin the first replaced character's offset
 * @param end the offset after the last replaced character ({@code begin} for an insertion)
 * @param replacement the new text
 * @param description what the edit does, for the report
 * @param flags risk flags
 */
public record SourceEdit(
    int begin, int end, String replacement, String description, Set<RiskFlag> flags) {

  /** Checks the offsets and copies the flags. */
  public SourceEdit {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException(
          "begin/end: must satisfy 0 <= begin <= end, found " + begin + "/" + end);
    }
    flags = Set.copyOf(flags);
  }

  /**
   * Applies the edit.
   *
   * @param source the original text
   * @return the edited text
   */
  public String apply(String source) {
    return source.substring(0, begin) + replacement + source.substring(end);
  }
}
