package io.heal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.core.anomaly.Severity;
import io.heal.detect.spi.Detector;
import io.heal.detect.spi.SeriesInfo;
import io.heal.detect.spi.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class BurnRateDetectorTest {

  @Test
  void pagesWhenTheBudgetBurnsFastOverBothWindows() {
    Detector d = BurnRateDetector.errorRatioFactory(0.999).create(SeriesInfo.of("errors"));
    Series.feed(d, 600, i -> 0.0002);

    // 2% errors: 20 times the budget
    List<Verdict> v = Series.feedFrom(d, 600, 60, i -> 0.02);

    assertThat(v.get(0).isAnomaly()).isFalse();
    assertThat(v.get(59).severity()).isEqualTo(Severity.HIGH);
    assertThat(v.get(59).reason()).contains("PT1H and PT5M");
  }

  @Test
  void errorsWithinTheBudgetNeverAlert() {
    Detector d = BurnRateDetector.errorRatioFactory(0.999).create(SeriesInfo.of("errors"));

    assertThat(Series.anomalies(Series.feed(d, 5000, i -> 0.0008))).isZero();
  }

  @Test
  void aLatencyObjectiveCountsSlowSamplesAsBad() {
    Detector d = BurnRateDetector.latencyFactory(0.99, 300).create(SeriesInfo.of("p95_ms"));
    Series.feed(d, 600, i -> 120);

    List<Verdict> v = Series.feedFrom(d, 600, 120, i -> i % 2 == 0 ? 450 : 120);

    assertThat(v.get(119).severity()).isEqualTo(Severity.HIGH);
  }
}
