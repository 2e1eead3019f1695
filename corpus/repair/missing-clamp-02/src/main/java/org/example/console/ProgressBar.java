package org.example.console;

/** Text progress bar for command-line tools, e.g. {@code [#####.....] 50%}. */
public final class ProgressBar {

  private ProgressBar() {}

  /**
   * Renders {@code fraction} (0 = nothing done, 1 = all done) as a bar of {@code width} cells.
   * Rounding noise can push a computed fraction slightly outside 0..1; such values are shown as
   * empty or full.
   */
  public static String render(double fraction, int width) {
    if (width <= 0) {
      throw new IllegalArgumentException("width must be positive: " + width);
    }
    int filled = (int) Math.round(fraction * width);
    long percent = Math.round(fraction * 100);
    return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + percent + "%";
  }

  /** Convenience overload for counters. */
  public static String render(long done, long total, int width) {
    return render(total == 0 ? 1.0 : (double) done / total, width);
  }
}
