package io.heal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.detect.spi.SeriesInfo;
import org.junit.jupiter.api.Test;

class AnomaliesTest {

  @Test
  void aSeriesInBytesShowsItsQuantitiesInBinaryUnitsAndLeavesTimesAlone() {
    SeriesInfo heap = new SeriesInfo("sample_jvm_heap_used_bytes", "", 0, Double.POSITIVE_INFINITY);

    String hint =
        Anomalies.hint(
            heap,
            38_600_000,
            "rising 358000000 per minute for 2 s, limit 101000000 reached in ~11 s");

    assertThat(hint)
        .isEqualTo(
            "sample_jvm_heap_used_bytes 36.8 MiB, rising 341 MiB per minute for 2 s,"
                + " limit 96.3 MiB reached in ~11 s");
  }

  @Test
  void sharesAndSigmasOfAByteSeriesStayNumbers() {
    SeriesInfo rss = new SeriesInfo("rss", "bytes", 0, Double.POSITIVE_INFINITY);

    assertThat(Anomalies.hint(rss, 512, "96% of its limit 1073741824"))
        .isEqualTo("rss 512 B, 96% of its limit 1 GiB");
    assertThat(Anomalies.hint(rss, 2048, "4.1 sigma above its baseline of 1536"))
        .isEqualTo("rss 2 KiB, 4.1 sigma above its baseline of 1.5 KiB");
  }

  @Test
  void otherUnitsFollowTheNumbersTheyMeasure() {
    SeriesInfo latency = new SeriesInfo("latency_p95_ms", "ms", 0, Double.POSITIVE_INFINITY);

    assertThat(Anomalies.hint(latency, 450, "4.1 sigma above its baseline of 120"))
        .isEqualTo("latency_p95_ms 450 ms, 4.1 sigma above its baseline of 120 ms");
    assertThat(Anomalies.hint(latency, 450, "at its limit 400"))
        .isEqualTo("latency_p95_ms 450 ms, at its limit 400 ms");
  }
}
