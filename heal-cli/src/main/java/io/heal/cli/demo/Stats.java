package io.heal.cli.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians and percentiles of measured durations (nearest rank). */
public final class Stats {

  private Stats() {}

  /** The p-th percentile (0 < p <= 100) by nearest rank; null for no samples. */
  public static Duration percentile(List<Duration> samples, double p) {
    if (samples.isEmpty()) {
      return null;
    }
    List<Duration> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  /** "412 ms", "3.412 s", "0.80 ms", or "-" for null: milliseconds visible at every scale. */
  public static String format(Duration d) {
    if (d == null) {
      return "-";
    }
    double ms = d.toNanos() / 1e6;
    if (ms < 10) {
      return String.format("%.2f ms", ms);
    }
    if (ms < 1000) {
      return String.format("%.0f ms", ms);
    }
    return String.format("%.3f s", ms / 1000);
  }
}
