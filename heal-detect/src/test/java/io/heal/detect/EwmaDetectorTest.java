package io.heal.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.heal.core.anomaly.Severity;
import io.heal.detect.spi.Verdict;
import org.junit.jupiter.api.Test;

class EwmaDetectorTest {

  @Test
  void flagsASpikeAsHighWithItsDistanceFromTheBaseline() {
    EwmaDetector d = new EwmaDetector();
    Series.feed(d, 500, Series.noise(120, 10, 1));

    Verdict v = d.observe(Series.START_MILLIS + 500 * Series.STEP_MILLIS, 200);

    assertThat(v.severity()).isEqualTo(Severity.HIGH);
    assertThat(v.expected()).isCloseTo(120, within(5.0));
    assertThat(v.spread()).isCloseTo(10, within(3.0));
    assertThat(v.reason()).matches("\\d+\\.\\d sigma above its baseline of 1\\d\\d(\\.\\d+)?");
  }

  @Test
  void scoresAModerateDeviationAsMedium() {
    EwmaDetector d = new EwmaDetector();
    Series.feed(d, 500, Series.noise(120, 10, 1));

    Verdict v = d.observe(Series.START_MILLIS + 500 * Series.STEP_MILLIS, 94);

    assertThat(v.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(v.reason()).contains("below");
  }

  @Test
  void staysQuietOnNoiseItHasLearned() {
    EwmaDetector d = new EwmaDetector();

    long high =
        Series.feed(d, 2000, Series.noise(50, 5, 2)).stream()
            .filter(v -> v.severity() == Severity.HIGH)
            .count();

    assertThat(high).isLessThan(20);
  }
}
