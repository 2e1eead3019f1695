package io.heal.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.heal.core.anomaly.Severity;
import io.heal.detect.spi.Verdict;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class RobustDetectorTest {

  @Test
  void outliersDoNotDragTheBaseline() {
    RobustDetector d = new RobustDetector();
    IntToDoubleFunction noise = Series.noise(100, 5, 3);
    // every tenth sample is a wild outlier
    Series.feed(d, 300, i -> i % 10 == 0 ? 10_000 : noise.applyAsDouble(i));

    Verdict v = d.observe(Series.START_MILLIS, 10_000);

    assertThat(v.expected()).isCloseTo(100, within(3.0));
    assertThat(v.spread()).isLessThan(15);
    assertThat(v.severity()).isEqualTo(Severity.HIGH);
  }

  @Test
  void aConstantSeriesThatMovesIsAnAnomaly() {
    RobustDetector d = new RobustDetector();
    Series.feed(d, 200, i -> 7.0);

    assertThat(d.observe(0, 7.0).isAnomaly()).isFalse();
    assertThat(d.observe(0, 8.0).severity()).isEqualTo(Severity.HIGH);
  }
}
