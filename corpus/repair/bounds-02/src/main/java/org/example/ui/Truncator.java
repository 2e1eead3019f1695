package org.example.ui;

/** Shortens texts for display in fixed-width table cells. */
public final class Truncator {

  static final String ELLIPSIS = "...";

  private Truncator() {}

  /** Returns {@code s} if it fits in {@code maxLength}, else a prefix followed by "...". */
  public static String truncate(String s, int maxLength) {
    if (maxLength < ELLIPSIS.length()) {
      throw new IllegalArgumentException("maxLength must be >= 3: " + maxLength);
    }
    return s.substring(0, maxLength - ELLIPSIS.length()) + ELLIPSIS;
  }

  /** Like {@link #truncate} but cuts at the last space so words are not split when possible. */
  public static String truncateWords(String s, int maxLength) {
    if (maxLength < ELLIPSIS.length()) {
      throw new IllegalArgumentException("maxLength must be >= 3: " + maxLength);
    }
    if (s.length() <= maxLength) {
      return s;
    }
    String head = s.substring(0, maxLength - ELLIPSIS.length());
    int space = head.lastIndexOf(' ');
    if (space > 0) {
      head = head.substring(0, space);
    }
    return head + ELLIPSIS;
  }
}
