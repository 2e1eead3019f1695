package com.acme.ranges;

import java.util.Optional;

/** A closed range of ints [start, end]. */
public record IntRange(int start, int end) {

  public IntRange {
    if (start > end) {
      throw new IllegalArgumentException("start " + start + " > end " + end);
    }
  }

  public int length() {
    return end - start + 1;
  }

  public boolean overlaps(IntRange o) {
    return start <= o.end && o.start <= end;
  }

  /** The values in both ranges, empty if they do not overlap. */
  public Optional<IntRange> intersection(IntRange o) {
    if (!overlaps(o)) {
      return Optional.empty();
    }
    int lo = Math.min(start, o.start);
    int hi = Math.max(end, o.end);
    return Optional.of(new IntRange(lo, hi));
  }

  /** The smallest range covering both. */
  public IntRange span(IntRange o) {
    return new IntRange(Math.min(start, o.start), Math.max(end, o.end));
  }
}
