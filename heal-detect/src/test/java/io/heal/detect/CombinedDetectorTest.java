package io.heal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.core.anomaly.Severity;
import io.heal.detect.spi.Detector;
import io.heal.detect.spi.SeriesInfo;
import io.heal.detect.spi.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class CombinedDetectorTest {

  @Test
  void aLatencyJumpIsOneHighAnomalyWithAHint() {
    Detector d = Detectors.defaultFactory().create(SeriesInfo.of("latency_p95_ms"));
    Series.feed(d, 1000, Series.noise(120, 8, 9));

    List<Verdict> v = Series.feedFrom(d, 1000, 20, i -> 450);

    assertThat(v.get(0).severity()).isEqualTo(Severity.HIGH);
    assertThat(v.get(0).reason()).matches("\\d+\\.\\d sigma above its baseline of 1\\d\\d.*");
    assertThat(Series.anomalies(v)).isEqualTo(1);
  }

  @Test
  void learnedNoiseRaisesNoAnomaly() {
    Detector d = Detectors.defaultFactory().create(SeriesInfo.of("cpu"));

    List<Verdict> v = Series.feed(d, 5000, Series.noise(40, 3, 10));

    assertThat(Series.anomalies(v.subList(1000, 5000))).isLessThan(3);
  }

  @Test
  void isTheDaemonDefault() {
    assertThat(Detectors.defaultName()).isEqualTo(CombinedDetector.NAME);
    assertThat(Detectors.names())
        .contains("combined", "ewma", "robust", "holt-winters", "relative-entropy");
  }
}
