package io.heal.detect.internal;

/**
 * Least-squares line through the last {@code size} (time, value) points, kept by exact
 * re-computation over a fixed ring (constant memory; time per sample bounded by the window size).
 * Times are in seconds relative to the oldest point, so large epoch values lose no precision. Not
 * thread-safe.
 */
public final class SlidingRegression {

  private final double[] times;
  private final double[] values;
  private int count;
  private int next;

  public SlidingRegression(int size) {
    if (size < 3) {
      throw new IllegalArgumentException("size: must be at least 3, found " + size);
    }
    times = new double[size];
    values = new double[size];
  }

  /** Adds a point, dropping the oldest once the window is full. */
  public void add(double timeSeconds, double value) {
    times[next] = timeSeconds;
    values[next] = value;
    next = (next + 1) % times.length;
    count = Math.min(count + 1, times.length);
  }

  public boolean full() {
    return count == times.length;
  }

  public int count() {
    return count;
  }

  /** The fitted line now: slope per second, value at the newest point, R squared, span. */
  public Fit fit() {
    int oldest = count == times.length ? next : 0;
    double t0 = times[oldest];
    double st = 0;
    double sv = 0;
    for (int i = 0; i < count; i++) {
      st += times[i] - t0;
      sv += values[i];
    }
    double mt = st / count;
    double mv = sv / count;
    double stt = 0;
    double stv = 0;
    double svv = 0;
    for (int i = 0; i < count; i++) {
      double dt = times[i] - t0 - mt;
      double dv = values[i] - mv;
      stt += dt * dt;
      stv += dt * dv;
      svv += dv * dv;
    }
    int newest = (next - 1 + times.length) % times.length;
    double span = times[newest] - t0;
    if (stt == 0) {
      return new Fit(0, values[newest], 0, span);
    }
    double slope = stv / stt;
    double r2 = svv == 0 ? 0 : (stv * stv) / (stt * svv);
    double now = mv + slope * (times[newest] - t0 - mt);
    return new Fit(slope, now, r2, span);
  }

  /**
   * A fitted line.
   *
   * @param slopePerSecond the line's slope, in value units per second
   * @param fittedNow the line's value at the newest point
   * @param rSquared how well the line explains the points, in [0, 1]
   * @param spanSeconds time from the oldest to the newest point
   */
  public record Fit(double slopePerSecond, double fittedNow, double rSquared, double spanSeconds) {}
}
