package io.heal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.core.anomaly.Severity;
import io.heal.detect.spi.Verdict;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SaturationDetectorTest {

  @Test
  void warnsWhileAQueueIsFillingBeforeItIsNearlyFull() {
    SaturationDetector d = new SaturationDetector(1000, Duration.ofMinutes(15));

    // 10 items more every minute from 500: full in 50 min, within 15 min from 850
    List<Verdict> v = Series.feed(d, 50, i -> 500 + 10 * i);

    assertThat(v.get(25).isAnomaly()).isFalse();
    assertThat(v.get(37).severity()).isEqualTo(Severity.MEDIUM);
    assertThat(v.get(37).reason()).contains("full in ~");
    assertThat(v.get(49).severity()).isEqualTo(Severity.HIGH);
  }

  @Test
  void aSteadyHighLevelBelowTheWarningIsFine() {
    SaturationDetector d = new SaturationDetector(100, Duration.ofMinutes(15));

    assertThat(Series.anomalies(Series.feed(d, 200, Series.noise(60, 2, 8)))).isZero();
  }
}
