package io.github.streamkit;

import java.util.ArrayList;
import java.util.List;

/** Splits lists into batches for bulk processing. */
public final class Batches {

  private Batches() {}

  /** Consecutive chunks of at most {@code size} elements; the last chunk may be shorter. */
  public static <T> List<List<T>> chunk(List<T> list, int size) {
    if (size <= 0) {
      throw new IllegalArgumentException("size must be positive: " + size);
    }
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i += size) {
      out.add(List.copyOf(list.subList(i, Math.min(i + size, list.size()))));
    }
    return out;
  }

  /** All windows of exactly {@code window} consecutive elements, in order. */
  public static <T> List<List<T>> sliding(List<T> list, int window) {
    if (window <= 0) {
      throw new IllegalArgumentException("window must be positive: " + window);
    }
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < list.size() - window; i++) {
      out.add(List.copyOf(list.subList(i, i + window)));
    }
    return out;
  }
}
