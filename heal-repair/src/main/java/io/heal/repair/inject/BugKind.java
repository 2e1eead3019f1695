package io.heal.repair.inject;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of bug the injector knows. */
public enum BugKind {
  /** Removes an {@code if (x == 0) throw/return} guard. */
  ZERO_DIVISOR("zero-divisor"),
  /** Removes an {@code if (x == null) throw/return} guard. */
  NULL_GUARD("null-guard"),
  /** Makes a loop run once too often ({@code <} becomes {@code <=}). */
  OFF_BY_ONE("off-by-one"),
  /** Flips a comparison in a condition ({@code <} becomes {@code >}). */
  WRONG_COMPARISON("wrong-comparison");

  private final String id;

  BugKind(String id) {
    this.id = id;
  }

  /** Returns the command-line name. */
  public String id() {
    return id;
  }

  /**
   * Parses a command-line name.
   *
   * @param text the name
   * @return the kind
   */
  public static BugKind parse(String text) {
    for (BugKind k : values()) {
      if (k.id.equalsIgnoreCase(text) || k.name().equalsIgnoreCase(text)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "bug: must be one of "
            + Arrays.stream(values()).map(BugKind::id).collect(Collectors.joining(", "))
            + ", found '"
            + text
            + "'");
  }
}
