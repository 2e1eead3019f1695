package io.heal.detect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SlidingWindowMedianTest {

  @Test
  void matchesABruteForceMedianAndMadOverTheWindow() {
    int size = 11;
    SlidingWindowMedian m = new SlidingWindowMedian(size);
    Random r = new Random(11);
    double[] all = new double[500];
    for (int i = 0; i < all.length; i++) {
      all[i] = r.nextInt(20); // repeats exercise equal keys
      m.add(all[i]);
      double[] w = Arrays.copyOfRange(all, Math.max(0, i - size + 1), i + 1);
      double med = median(w);
      double[] dev = Arrays.stream(w).map(x -> Math.abs(x - med)).toArray();

      assertThat(m.median()).isEqualTo(med);
      assertThat(m.medianAbsoluteDeviation()).isEqualTo(median(dev));
    }
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0;
  }
}
