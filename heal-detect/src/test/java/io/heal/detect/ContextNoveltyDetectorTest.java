package io.heal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.detect.spi.SeriesInfo;
import io.heal.detect.spi.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContextNoveltyDetectorTest {

  private static final SeriesInfo RANGE = SeriesInfo.withRange("m", 0, 100);

  @Test
  void aRepeatedPatternBecomesFamiliar() {
    ContextNoveltyDetector d = new ContextNoveltyDetector(RANGE, 10);

    List<Verdict> v = Series.feed(d, 400, i -> i % 20 < 10 ? 20 : 60);

    assertThat(v.subList(100, 400)).allMatch(x -> x.score() == 0);
  }

  @Test
  void aNewLevelScoresOneAndTheNextNoveltiesAreDampedByTheCoolDown() {
    ContextNoveltyDetector d = new ContextNoveltyDetector(RANGE, 10);
    Series.feed(d, 400, i -> i % 20 < 10 ? 20 : 60);

    double first = d.observe(0, 95).score();
    boolean fresh = d.freshDetection();
    double next = d.observe(0, 5).score();

    assertThat(first).isEqualTo(1.0);
    assertThat(fresh).isTrue();
    assertThat(next).isLessThan(0.1);
  }

  @Test
  void learnsTheRangeWhenItIsUnknownAndFlagsAValueFarOutsideIt() {
    ContextNoveltyDetector d = new ContextNoveltyDetector(SeriesInfo.of("m"), 10);
    List<Verdict> learned = Series.feed(d, 400, i -> i % 20 < 10 ? 20 : 60);

    double outside = d.observe(0, 500).score();

    assertThat(learned.subList(0, 29)).allMatch(x -> x.score() == 0);
    assertThat(learned.subList(200, 400)).allMatch(x -> x.score() == 0);
    assertThat(outside).isEqualTo(1.0);
  }
}
