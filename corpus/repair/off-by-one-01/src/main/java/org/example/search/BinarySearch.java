package org.example.search;

/** Binary search over ascending int arrays. */
public final class BinarySearch {

  private BinarySearch() {}

  /** Index of {@code key} in {@code sorted}, or -1 if absent. */
  public static int indexOf(int[] sorted, int key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else if (sorted[mid] > key) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** Index at which {@code key} would be inserted to keep the array sorted (leftmost). */
  public static int insertionPoint(int[] sorted, int key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
