package io.heal.detect;

import io.heal.detect.spi.Detector;
import io.heal.detect.spi.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;

/** Synthetic series for detector tests: time as data, one sample a minute, seeded noise. */
final class Series {

  static final long START_MILLIS = 1_700_000_000_000L;
  static final long STEP_MILLIS = 60_000L;

  private Series() {}

  /** Feeds {@code n} samples {@code f(i)} and returns every verdict. */
  static List<Verdict> feed(Detector d, int n, IntToDoubleFunction f) {
    return feedFrom(d, 0, n, f);
  }

  /** Feeds samples {@code from .. from + n - 1}. */
  static List<Verdict> feedFrom(Detector d, int from, int n, IntToDoubleFunction f) {
    List<Verdict> out = new ArrayList<>(n);
    for (int i = from; i < from + n; i++) {
      out.add(d.observe(START_MILLIS + i * STEP_MILLIS, f.applyAsDouble(i)));
    }
    return out;
  }

  /** Gaussian noise with this mean and deviation, the same for every run. */
  static IntToDoubleFunction noise(double mean, double sd, long seed) {
    double[] values = new double[100_000];
    Random r = new Random(seed);
    for (int i = 0; i < values.length; i++) {
      values[i] = mean + sd * r.nextGaussian();
    }
    return i -> values[i];
  }

  static long anomalies(List<Verdict> verdicts) {
    return verdicts.stream().filter(Verdict::isAnomaly).count();
  }
}
