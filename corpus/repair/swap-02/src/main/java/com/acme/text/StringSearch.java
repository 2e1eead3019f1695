package com.acme.text;

import java.util.Locale;

/** Case-insensitive search helpers used by the product search box. */
public final class StringSearch {

  private StringSearch() {}

  /** Index of the first occurrence of {@code needle} in {@code haystack} ignoring case, or -1. */
  public static int indexOfIgnoreCase(String haystack, String needle) {
    return needle.toLowerCase(Locale.ROOT).indexOf(haystack.toLowerCase(Locale.ROOT));
  }

  public static boolean containsIgnoreCase(String haystack, String needle) {
    return indexOfIgnoreCase(haystack, needle) >= 0;
  }

  public static boolean startsWithIgnoreCase(String s, String prefix) {
    return s.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  /** Number of non-overlapping occurrences of {@code needle}, ignoring case. */
  public static int countIgnoreCase(String haystack, String needle) {
    if (needle.isEmpty()) {
      return 0;
    }
    String h = haystack.toLowerCase(Locale.ROOT);
    String n = needle.toLowerCase(Locale.ROOT);
    int count = 0;
    for (int i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + n.length())) {
      count++;
    }
    return count;
  }
}
