package io.heal.detect.nab;

import java.util.List;

/**
 * One data file of a NAB corpus with its labelled windows.
 *
 * @param category the folder under {@code data/}, such as {@code realKnownCause}
 * @param name the file name without {@code .csv}
 * @param timestamps each row's timestamp as written ({@code YYYY-MM-DD HH:MM:SS})
 * @param timesMillis each row's timestamp in milliseconds since the epoch (UTC)
 * @param values each row's value
 * @param windows the anomaly windows, sorted by start
 */
public record NabFile(
    String category,
    String name,
    List<String> timestamps,
    long[] timesMillis,
    double[] values,
    List<NabWindow> windows) {

  /** Rows of a file never scored: {@code min(floor(0.15 * n), 750)}. */
  public static final double PROBATION_FRACTION = 0.15;

  /** The longest probationary period, in rows. */
  public static final int MAX_PROBATION_ROWS = 750;

  public NabFile {
    timestamps = List.copyOf(timestamps);
    windows = List.copyOf(windows);
    if (timesMillis.length != values.length || timestamps.size() != values.length) {
      throw new IllegalArgumentException(
          "values: must have one per timestamp ("
              + timestamps.size()
              + "), found "
              + values.length);
    }
  }

  /** The key used in the labels file: {@code <category>/<name>.csv}. */
  public String key() {
    return category + "/" + name + ".csv";
  }

  /** The number of rows. */
  public int rows() {
    return values.length;
  }

  /** The number of leading rows fed to the detector but never scored. */
  public int probationRows() {
    return (int) Math.min(Math.floor(PROBATION_FRACTION * rows()), MAX_PROBATION_ROWS);
  }

  /** The smallest value in the file (the one piece of look-ahead NAB allows). */
  public double min() {
    double min = Double.POSITIVE_INFINITY;
    for (double v : values) {
      min = Math.min(min, v);
    }
    return min;
  }

  /** The largest value in the file. */
  public double max() {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      max = Math.max(max, v);
    }
    return max;
  }
}
