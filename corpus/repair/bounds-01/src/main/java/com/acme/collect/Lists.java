package com.acme.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small helpers over {@link List} that never throw for out-of-range access. */
public final class Lists {

  private Lists() {}

  public static <T> Optional<T> first(List<T> list) {
    return list.isEmpty() ? Optional.empty() : Optional.ofNullable(list.get(0));
  }

  public static <T> Optional<T> last(List<T> list) {
    return Optional.ofNullable(list.get(list.size() - 1));
  }

  /** The element at {@code index}, or {@code defaultValue} if the index is out of range. */
  public static <T> T getOrDefault(List<T> list, int index, T defaultValue) {
    return index >= 0 && index < list.size() ? list.get(index) : defaultValue;
  }

  /** Rotates right by {@code distance} (negative rotates left) into a new list. */
  public static <T> List<T> rotate(List<T> list, int distance) {
    int n = list.size();
    if (n == 0) {
      return new ArrayList<>();
    }
    int d = Math.floorMod(distance, n);
    List<T> result = new ArrayList<>(list.subList(n - d, n));
    result.addAll(list.subList(0, n - d));
    return result;
  }
}
