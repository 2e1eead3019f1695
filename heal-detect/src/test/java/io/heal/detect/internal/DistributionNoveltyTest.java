package io.heal.detect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DistributionNoveltyTest {

  private static final int WINDOW = 20;

  // over [0, 10] these fall in bins 0, 1, 2, 3 and 4; OUT falls outside and is not counted
  private static final double[] ONE_PER_BIN = {0, 1, 3, 5, 7};
  private static final double OUT = -100;

  @Test
  void remembersEarlyHypothesesAfterGrowingPastItsInitialRoom() {
    // given one hypothesis per bin, learned one after another (more than the initial room)
    DistributionNovelty novelty = new DistributionNovelty(WINDOW, 64);
    for (double v : ONE_PER_BIN) {
      run(novelty, v);
      run(novelty, OUT); // empties the window, so no mixed distribution is learned
    }
    // when the first distribution comes back
    double score = run(novelty, ONE_PER_BIN[0]);
    // then it is known: no window of it was novel
    assertThat(score).isZero();
  }

  @Test
  void flagsADistributionNotSeenBefore() {
    DistributionNovelty novelty = new DistributionNovelty(WINDOW, 64);
    run(novelty, 0);
    assertThat(run(novelty, 7)).isEqualTo(1);
  }

  /** Feeds a window's worth of {@code value}; returns the highest score seen. */
  private static double run(DistributionNovelty novelty, double value) {
    double max = 0;
    for (int i = 0; i < WINDOW; i++) {
      max = Math.max(max, novelty.update(value, 0, 10));
    }
    return max;
  }
}
