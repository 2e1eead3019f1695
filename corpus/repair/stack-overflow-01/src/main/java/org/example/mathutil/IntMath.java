package org.example.mathutil;

/** Integer math helpers that the JDK lacks. */
public final class IntMath {

  private IntMath() {}

  /** {@code base} raised to {@code exp} by repeated squaring; overflow wraps silently. */
  public static long pow(long base, int exp) {
    if (exp < 0) {
      throw new IllegalArgumentException("exp must be >= 0: " + exp);
    }
    if (exp == 1) {
      return base;
    }
    long half = pow(base, exp / 2);
    return exp % 2 == 0 ? half * half : half * half * base;
  }

  /** Greatest common divisor of two non-negative numbers. */
  public static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  /** Largest r with r*r <= n. */
  public static long floorSqrt(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0: " + n);
    }
    long r = (long) Math.sqrt((double) n);
    while (r * r > n) {
      r--;
    }
    while ((r + 1) * (r + 1) <= n) {
      r++;
    }
    return r;
  }
}
