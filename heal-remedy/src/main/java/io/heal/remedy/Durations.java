package io.heal.remedy;

import java.time.Duration;

/** Durations as people read them: {@code 850ms}, {@code 1.2s}, {@code 3m}. */
public final class Durations {

  private Durations() {}

  /** Short human form: below 1 s in milliseconds, below 1 min in seconds, else minutes. */
  public static String format(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + "ms";
    }
    if (ms < 60_000) {
      return ms % 1000 == 0 ? (ms / 1000) + "s" : String.format("%.1fs", ms / 1000.0);
    }
    long s = ms / 1000;
    return s % 60 == 0 ? (s / 60) + "m" : (s / 60) + "m" + (s % 60) + "s";
  }
}
