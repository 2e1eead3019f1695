package io.heal.detect.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heal.core.anomaly.Anomaly;
import io.heal.core.anomaly.Severity;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SnapshotAnalyzerTest {

  @Test
  void findsALatencyJumpAndSaysSoInWords() {
    StringBuilder points = new StringBuilder();
    Random r = new Random(1);
    for (int i = 0; i < 600; i++) {
      double v = i < 580 ? 120 + 8 * r.nextGaussian() : 450;
      points.append(i == 0 ? "" : ",").append("[").append(1_700_000_000_000L + i * 60_000L);
      points.append(",").append(Math.round(v * 10) / 10.0).append("]");
    }
    String json =
        "{\"service\":\"api\",\"series\":[{\"metric\":\"latency_p95_ms\",\"unit\":\"ms\","
            + "\"points\":["
            + points
            + "]}]}";

    List<Anomaly> anomalies = SnapshotAnalyzer.analyze(SnapshotReader.read(json), "combined");

    // the noise's tail may make a MEDIUM; the jump is the one HIGH
    assertThat(anomalies).filteredOn(x -> x.severity() == Severity.HIGH).hasSize(1);
    Anomaly a = anomalies.get(anomalies.size() - 1);
    assertThat(a.severity()).isEqualTo(Severity.HIGH);
    assertThat(a.score()).isGreaterThan(0.5);
    assertThat(a.service()).isEqualTo("api");
    assertThat(a.value()).isEqualTo(450);
    assertThat(a.hint())
        .matches("latency_p95_ms 450 ms, \\d+\\.\\d sigma above its baseline of 1\\d\\d ms, .*");
  }

  @Test
  void acceptsIsoTimesAndAPerSeriesDetector() {
    String json =
        "{\"service\":\"q\",\"series\":[{\"metric\":\"depth\",\"detector\":\"saturation\","
            + "\"max\":100,\"points\":[[\"2026-01-01T00:00:00Z\",96]]}]}";

    List<Anomaly> anomalies = SnapshotAnalyzer.analyze(SnapshotReader.read(json), "combined");

    assertThat(anomalies)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.detector()).isEqualTo("saturation");
              assertThat(a.hint()).isEqualTo("depth 96, 96% of its limit 100");
            });
  }

  @Test
  void rejectsBadInputNamingThePathAndTheValue() {
    assertThatThrownBy(
            () -> SnapshotReader.read("{\"series\":[{\"metric\":\"m\",\"points\":[[1]]}]}"))
        .hasMessage("series[0].points[0]: expected [time, value], found [1]");
    assertThatThrownBy(() -> SnapshotReader.read("{\"series\":[],\"sevrice\":\"x\"}"))
        .hasMessageContaining("sevrice: unknown key");
    assertThatThrownBy(
            () ->
                SnapshotAnalyzer.analyze(
                    SnapshotReader.read("{\"series\":[{\"metric\":\"m\",\"points\":[]}]}"), "nope"))
        .hasMessageContaining("series[0].detector: unknown detector 'nope'");
  }
}
