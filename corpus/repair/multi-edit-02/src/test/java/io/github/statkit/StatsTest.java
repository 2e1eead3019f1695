package io.github.statkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StatsTest {

  private final double[] data = {2, 4, 4, 4, 5, 5, 7, 9};

  @Test
  void meanOfData() {
    assertEquals(5.0, Stats.mean(data), 1e-12);
  }

  @Test
  void sampleVarianceOfKnownData() {
    assertEquals(32.0 / 7, Stats.sampleVariance(data), 1e-12);
  }

  @Test
  void sampleStandardDeviation() {
    assertEquals(2.0, Stats.sampleStdDev(new double[] {1, 3, 5}), 1e-12);
  }

  @Test
  void varianceNeedsTwoValues() {
    assertThrows(IllegalArgumentException.class, () -> Stats.sampleVariance(new double[] {3}));
    assertThrows(IllegalArgumentException.class, () -> Stats.sampleVariance(new double[0]));
  }

  @Test
  void nearestRankPercentile() {
    assertEquals(4.0, Stats.percentile(data, 0.5));
    assertEquals(9.0, Stats.percentile(data, 1.0));
    assertEquals(2.0, Stats.percentile(data, 0.0));
  }
}
