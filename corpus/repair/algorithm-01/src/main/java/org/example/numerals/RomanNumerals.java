package org.example.numerals;

/** Conversion between ints (1..3999) and standard Roman numerals. */
public final class RomanNumerals {

  private enum Numeral {
    M(1000), D(500), C(100), L(50), X(10), V(5), I(1);

    final int value;

    Numeral(int value) {
      this.value = value;
    }
  }

  private RomanNumerals() {}

  public static String toRoman(int n) {
    if (n < 1 || n > 3999) {
      throw new IllegalArgumentException("only 1..3999 can be written in Roman numerals: " + n);
    }
    StringBuilder sb = new StringBuilder();
    for (Numeral r : Numeral.values()) {
      while (n >= r.value) {
        sb.append(r.name());
        n -= r.value;
      }
    }
    return sb.toString();
  }

  public static int fromRoman(String s) {
    int total = 0;
    for (int i = 0; i < s.length(); i++) {
      int v = value(s.charAt(i));
      if (i + 1 < s.length() && v < value(s.charAt(i + 1))) {
        total -= v;
      } else {
        total += v;
      }
    }
    return total;
  }

  private static int value(char c) {
    for (Numeral r : Numeral.values()) {
      if (r.name().length() == 1 && r.name().charAt(0) == c) {
        return r.value;
      }
    }
    throw new IllegalArgumentException("not a Roman digit: '" + c + "'");
  }
}
