package io.heal.detect.internal;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/**
 * Finds a series' season among calendar candidates (an hour, a day, a week): it buffers up to
 * {@value #MAX_BUFFER} samples, and once it holds two full periods of a candidate, measures the
 * autocorrelation at that lag; the first candidate (shortest first) whose autocorrelation is at
 * least {@value #MIN_AUTOCORRELATION} and a peak (higher by {@value #MIN_PEAK} than at half the
 * lag) is the season. Memory is bounded by the buffer; the one-off test costs O(buffer) per
 * candidate. Not thread-safe.
 */
public final class SeasonFinder {

  /** The most samples held while looking. */
  public static final int MAX_BUFFER = 4096;

  /** The autocorrelation a season needs. */
  public static final double MIN_AUTOCORRELATION = 0.6;

  /** How much higher the autocorrelation at the lag must be than at half of it. */
  public static final double MIN_PEAK = 0.3;

  private static final int MIN_LAG = 4;

  /** The calendar periods tried. */
  public static final List<Duration> CANDIDATES =
      List.of(Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(7));

  private final double[] values = new double[MAX_BUFFER];
  private long firstMillis;
  private long lastMillis;
  private int count;
  private boolean done;

  /**
   * Adds a sample; returns the season in samples once decided (empty while undecided and when there
   * is none; {@link #decided()} tells which).
   */
  public OptionalInt add(long timeMillis, double value) {
    if (done) {
      return OptionalInt.empty();
    }
    if (count == 0) {
      firstMillis = timeMillis;
    }
    lastMillis = timeMillis;
    values[count++] = value;
    if (count < 16) {
      return OptionalInt.empty();
    }
    double intervalMillis = (lastMillis - firstMillis) / (double) (count - 1);
    if (!(intervalMillis > 0)) {
      done = count == MAX_BUFFER;
      return OptionalInt.empty();
    }
    int longestTestable = 0;
    for (Duration c : CANDIDATES) {
      int lag = lag(c, intervalMillis);
      if (lag >= MIN_LAG && 2 * lag <= MAX_BUFFER) {
        longestTestable = Math.max(longestTestable, lag);
        // test each candidate once, as soon as two of its periods are held, shortest first
        if (count == 2 * lag && isSeason(lag)) {
          done = true;
          return OptionalInt.of(lag);
        }
      }
    }
    if (longestTestable == 0 || count >= 2 * longestTestable || count == MAX_BUFFER) {
      done = true;
    }
    return OptionalInt.empty();
  }

  private static int lag(Duration candidate, double intervalMillis) {
    return (int) Math.round(candidate.toMillis() / intervalMillis);
  }

  /**
   * A season shows as a peak of the autocorrelation: high at the lag, and clearly higher than at
   * half the lag (a smooth or trending series is high at every short lag).
   */
  private boolean isSeason(int lag) {
    double full = autocorrelation(lag);
    return full >= MIN_AUTOCORRELATION && full - autocorrelation(lag / 2) >= MIN_PEAK;
  }

  /** Whether the search is over (a season was returned, or there is none). */
  public boolean decided() {
    return done;
  }

  /** The buffered values, oldest first (valid until the next {@link #add}). */
  public double[] buffer() {
    return java.util.Arrays.copyOf(values, count);
  }

  private double autocorrelation(int lag) {
    double mean = 0;
    for (int i = 0; i < count; i++) {
      mean += values[i];
    }
    mean /= count;
    double num = 0;
    double den = 0;
    for (int i = 0; i < count; i++) {
      double d = values[i] - mean;
      den += d * d;
      if (i + lag < count) {
        num += d * (values[i + lag] - mean);
      }
    }
    // each sum is a mean over the pairs it has, so a lag of half the buffer is not halved
    return den == 0 ? 0 : (num / (count - lag)) / (den / count);
  }
}
