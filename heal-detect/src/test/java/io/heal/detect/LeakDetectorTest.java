package io.heal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.core.anomaly.Severity;
import io.heal.detect.spi.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class LeakDetectorTest {

  private static final double MB = 1024 * 1024;

  @Test
  void flagsASteadyRiseWithTheTimeLeftUntilTheLimit() {
    LeakDetector d = new LeakDetector(60, 512 * MB, Duration.ofHours(1));
    IntToDoubleFunction noise = Series.noise(0, 0.5 * MB, 6);

    // RSS grows 2 MB a minute from 200 MB: at 318 MB after an hour, 194 MB left, about 1.6 h
    List<Verdict> v = Series.feed(d, 60, i -> 200 * MB + 2 * MB * i + noise.applyAsDouble(i));

    Verdict last = v.get(59);
    assertThat(last.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(last.reason())
        .contains("per minute for 59 min")
        .containsPattern("reached in ~1\\.6 h");
    assertThat(Series.anomalies(v.subList(0, 59))).isZero();
  }

  @Test
  void aLeakCloseToTheLimitIsHigh() {
    LeakDetector d = new LeakDetector(60, 512 * MB, Duration.ofHours(1));

    List<Verdict> v = Series.feed(d, 60, i -> 400 * MB + 2 * MB * i);

    assertThat(v.get(59).severity()).isEqualTo(Severity.HIGH);
  }

  @Test
  void aFlatNoisySeriesIsNoLeak() {
    LeakDetector d = new LeakDetector(60, 512 * MB, Duration.ofHours(1));

    List<Verdict> v = Series.feed(d, 1000, Series.noise(300 * MB, 5 * MB, 7));

    assertThat(Series.anomalies(v)).isZero();
  }

  @Test
  void aShortWindowSaysItsSpanInSecondsNotZeroMinutes() {
    // regression: a 1.5 s window was described as "for 0 min"
    LeakDetector d = new LeakDetector(6, 512 * MB, Duration.ofMinutes(5));
    Verdict last = Verdict.NORMAL;
    for (int i = 0; i < 6; i++) {
      last = d.observe(i * 300L, 100 * MB + 6 * MB * i);
    }

    assertThat(last.reason()).contains("for 2 s").doesNotContain("0 min");
  }
}
