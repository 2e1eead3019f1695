package com.acme.text;

/** Null-tolerant string helpers: every method maps {@code null} to {@code null}. */
public final class TextUtils {

  private TextUtils() {}

  /** Upper-cases the first character: {@code "hello" -> "Hello"}. */
  public static String capitalize(String s) {
    if (s.isEmpty()) {
      return s;
    }
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Lower-cases the first character: {@code "Hello" -> "hello"}. */
  public static String uncapitalize(String s) {
    if (s == null || s.isEmpty()) {
      return s;
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /** Reverses the characters of {@code s}. */
  public static String reverse(String s) {
    if (s == null) {
      return null;
    }
    return new StringBuilder(s).reverse().toString();
  }

  /** Swaps the case of every letter. */
  public static String swapCase(String s) {
    if (s == null) {
      return null;
    }
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      chars[i] = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
    }
    return new String(chars);
  }
}
