package com.paygate.card;

/** Luhn (mod 10) checksum used by payment card numbers. */
public final class Luhn {

  private Luhn() {}

  /** True if {@code number} (digits, spaces allowed) passes the Luhn check. */
  public static boolean isValid(String number) {
    String digits = number.replace(" ", "");
    if (digits.length() < 2 || !digits.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int sum = 0;
    boolean doubleIt = false;
    for (int i = digits.length() - 1; i > 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubleIt) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
  }

  /** The check digit to append to {@code partial} so the result is valid. */
  public static int checkDigit(String partial) {
    int sum = 0;
    boolean doubleIt = true;
    for (int i = partial.length() - 1; i >= 0; i--) {
      int d = partial.charAt(i) - '0';
      if (doubleIt) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
  }
}
