package io.heal.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heal.core.anomaly.Severity;
import io.heal.detect.spi.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdDetectorTest {

  @Test
  void firesOnlyAfterTheConfiguredNumberOfConsecutiveBreaches() {
    ThresholdDetector d = new ThresholdDetector(100, Double.NaN, 3, Severity.HIGH);
    double[] values = {50, 150, 150, 50, 150, 150, 150, 150};

    List<Verdict> v = Series.feed(d, values.length, i -> values[i]);

    assertThat(v)
        .extracting(Verdict::isAnomaly)
        .containsExactly(false, false, false, false, false, false, true, true);
    assertThat(v.get(6).severity()).isEqualTo(Severity.HIGH);
    assertThat(v.get(6).reason()).isEqualTo("above its threshold of 100 for 3 samples");
  }

  @Test
  void checksTheLowerBound() {
    ThresholdDetector d = new ThresholdDetector(Double.NaN, 1, 1, Severity.MEDIUM);

    assertThat(d.observe(0, 0.5).reason()).startsWith("below its threshold of 1");
  }

  @Test
  void rejectsAThresholdWithoutBounds() {
    assertThatThrownBy(() -> new ThresholdDetector(Double.NaN, Double.NaN, 1, Severity.LOW))
        .hasMessageContaining("above, below");
  }
}
