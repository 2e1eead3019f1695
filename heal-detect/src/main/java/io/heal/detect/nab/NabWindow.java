package io.heal.detect.nab;

/**
 * A labelled anomaly window, as rows of its file.
 *
 * @param startRow the first row whose timestamp equals the window's start
 * @param endRow the first row whose timestamp equals the window's end
 */
public record NabWindow(int startRow, int endRow) {

  public NabWindow {
    if (startRow < 0 || endRow < startRow) {
      throw new IllegalArgumentException(
          "endRow: must be at or after startRow (" + startRow + "), found " + endRow);
    }
  }

  /** The number of rows in the window. */
  public int width() {
    return endRow - startRow + 1;
  }
}
