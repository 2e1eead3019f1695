package org.example.paging;

import java.util.List;

/** Cuts result lists into 1-based pages for a REST API. */
public final class Pages {

  private Pages() {}

  /** Page {@code pageNumber} (1 = first) of {@code pageSize} items; empty past the end. */
  public static <T> List<T> page(List<T> items, int pageNumber, int pageSize) {
    if (pageNumber < 1) {
      throw new IllegalArgumentException("pageNumber must be >= 1: " + pageNumber);
    }
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be >= 1: " + pageSize);
    }
    int from = pageNumber * pageSize;
    if (from >= items.size()) {
      return List.of();
    }
    int to = Math.min(from + pageSize, items.size());
    return List.copyOf(items.subList(from, to));
  }

  /** Number of pages needed for {@code total} items. */
  public static int pageCount(int total, int pageSize) {
    return (total + pageSize - 1) / pageSize;
  }
}
