package io.heal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.core.anomaly.Severity;
import io.heal.detect.spi.Verdict;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class HoltWintersDetectorTest {

  private static final int PERIOD = 48;

  @Test
  void learnsASeasonAndFlagsABreakOfIt() {
    HoltWintersDetector d = new HoltWintersDetector(0.1, 0.01, 0.2, PERIOD);
    IntToDoubleFunction noise = Series.noise(0, 1, 4);
    IntToDoubleFunction seasonal =
        i -> 100 + 30 * Math.sin(2 * Math.PI * i / PERIOD) + noise.applyAsDouble(i);
    List<Verdict> learned = Series.feed(d, PERIOD * 20, seasonal);

    // the season is at its mean (100) here: a value of its peak is out of place
    Verdict v = d.observe(0, 130);

    assertThat(Series.anomalies(learned.subList(PERIOD * 10, learned.size()))).isLessThan(30);
    assertThat(v.severity()).isEqualTo(Severity.HIGH);
    assertThat(v.reason()).contains("forecast");
  }

  @Test
  void followsATrendWithoutAlerting() {
    HoltWintersDetector d = new HoltWintersDetector(0.2, 0.05, 0, 0);
    IntToDoubleFunction noise = Series.noise(0, 1, 5);

    List<Verdict> v = Series.feed(d, 2000, i -> 10 + 0.5 * i + noise.applyAsDouble(i));

    assertThat(v.subList(500, 2000).stream().filter(x -> x.severity() == Severity.HIGH).count())
        .isLessThan(30);
  }

  @Test
  void findsADailySeasonAndThenFlagsABreakOfIt() {
    HoltWintersDetector d =
        new HoltWintersDetector(0.1, 0.01, 0.2, HoltWintersDetector.FIND_SEASON);
    IntToDoubleFunction noise = Series.noise(0, 1, 12);
    int perDay = 96; // one sample every 15 minutes
    long step = 15 * 60_000L;
    for (int i = 0; i < perDay * 10; i++) {
      d.observe(i * step, 100 + 30 * Math.sin(2 * Math.PI * i / perDay) + noise.applyAsDouble(i));
    }

    Verdict v = d.observe(perDay * 10 * step, 130); // the season is at its mean (100) here

    assertThat(d.periodSamples()).isEqualTo(perDay);
    assertThat(v.severity()).isEqualTo(Severity.HIGH);
  }

  @Test
  void findsNoSeasonInNoise() {
    HoltWintersDetector d =
        new HoltWintersDetector(0.1, 0.01, 0.2, HoltWintersDetector.FIND_SEASON);

    Series.feed(d, 5000, Series.noise(10, 1, 13));

    assertThat(d.periodSamples()).isEqualTo(1);
  }
}
