package io.heal.detect.spi;

/**
 * What is known about a series before its first sample.
 *
 * @param metric the metric name, used in hints
 * @param unit the unit shown in hints after a value (such as {@code "ms"}), or empty
 * @param min the smallest value the series can take, or {@link Double#NaN} when unknown
 * @param max the largest value the series can take (a limit: heap size, queue capacity, 100 for a
 *     percentage), or {@link Double#NaN} when unknown
 */
public record SeriesInfo(String metric, String unit, double min, double max) {

  public SeriesInfo {
    if (metric == null || metric.isBlank()) {
      throw new IllegalArgumentException(
          "metric: must be a non-blank name, found '" + metric + "'");
    }
    if (unit == null) {
      throw new IllegalArgumentException("unit: must not be null (use \"\" for none)");
    }
    if (!Double.isNaN(min) && !Double.isNaN(max) && min > max) {
      throw new IllegalArgumentException("min: must not be above max (" + max + "), found " + min);
    }
  }

  /** A series with this name and nothing else known. */
  public static SeriesInfo of(String metric) {
    return new SeriesInfo(metric, "", Double.NaN, Double.NaN);
  }

  /** A series whose range is known (NAB allows a detector the file's minimum and maximum). */
  public static SeriesInfo withRange(String metric, double min, double max) {
    return new SeriesInfo(metric, "", min, max);
  }

  /** Whether both the minimum and the maximum are known. */
  public boolean hasRange() {
    return !Double.isNaN(min) && !Double.isNaN(max);
  }
}
