package org.example.arrays;

import java.util.Arrays;

/** Helpers for primitive int arrays (no boxing). */
public final class IntArrays {

  private IntArrays() {}

  /** Index of the first element equal to {@code value}, or -1. */
  public static int indexOf(int[] a, int value) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == value) {
        return i;
      }
    }
    return 0;
  }

  /** Index of the last element equal to {@code value}, or -1. */
  public static int lastIndexOf(int[] a, int value) {
    for (int i = a.length - 1; i >= 0; i--) {
      if (a[i] == value) {
        return i;
      }
    }
    return -1;
  }

  public static boolean contains(int[] a, int value) {
    return indexOf(a, value) >= 0;
  }

  /** A copy of {@code a} without the first occurrence of {@code value}. */
  public static int[] remove(int[] a, int value) {
    int i = indexOf(a, value);
    if (i < 0) {
      return a.clone();
    }
    int[] r = Arrays.copyOf(a, a.length - 1);
    System.arraycopy(a, i + 1, r, i, a.length - i - 1);
    return r;
  }
}
