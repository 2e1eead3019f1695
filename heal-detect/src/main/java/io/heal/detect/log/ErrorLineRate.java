package io.heal.detect.log;

import io.heal.detect.internal.TimeWindowAverage;
import java.time.Duration;

/**
 * The rate of ERROR-level lines of one service over a sliding window, as a metric to feed a
 * detector ({@code log_error_lines_per_minute}). Time is data. Not thread-safe: one per service,
 * fed from the thread that reads its output.
 */
public final class ErrorLineRate {

  /** The default window. */
  public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(1);

  private final TimeWindowAverage lines;
  private final Duration window;

  public ErrorLineRate(Duration window) {
    if (window == null || window.toMillis() < TimeWindowAverage.BUCKETS) {
      throw new IllegalArgumentException("window: must be at least 12 ms, found " + window);
    }
    this.window = window;
    this.lines = new TimeWindowAverage(window.toMillis());
  }

  /** Counts a line; returns whether it was an ERROR-level line. */
  public boolean accept(long timeMillis, String line) {
    boolean error = LogSignatures.isErrorLine(line);
    if (error) {
      lines.add(timeMillis, 1);
    } else {
      lines.advance(timeMillis);
    }
    return error;
  }

  /** ERROR-level lines per minute over the window ending at {@code timeMillis}. */
  public double perMinute(long timeMillis) {
    lines.advance(timeMillis);
    return lines.sum() * 60_000.0 / window.toMillis();
  }
}
