package com.acme.books;

/** ISBN-10 validation and conversion. */
public final class Isbn10 {

  private Isbn10() {}

  /** True for a well-formed ISBN-10 (hyphens and spaces ignored, 'X' allowed as check digit). */
  public static boolean isValid(String isbn) {
    String s = normalize(isbn);
    if (s.length() != 10) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      char c = s.charAt(i);
      int v;
      if (i == 9 && (c == 'X' || c == 'x')) {
        v = 10;
      } else if (Character.isDigit(c)) {
        v = c - '0';
      } else {
        return false;
      }
      sum += v * (10 - i);
    }
    return true;
  }

  /** Converts a valid ISBN-10 to ISBN-13 (978 prefix, new check digit). */
  public static String toIsbn13(String isbn10) {
    if (!isValid(isbn10)) {
      throw new IllegalArgumentException("not a valid ISBN-10: " + isbn10);
    }
    String body = "978" + normalize(isbn10).substring(0, 9);
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (body.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return body + (10 - sum % 10) % 10;
  }

  private static String normalize(String isbn) {
    return isbn.replace("-", "").replace(" ", "");
  }
}
