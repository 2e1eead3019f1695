package io.heal.detect.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.core.anomaly.Anomaly;
import io.heal.core.anomaly.Severity;
import io.heal.core.signal.LogLine;
import io.heal.core.signal.MetricSample;
import io.heal.detect.ThresholdDetector;
import io.heal.detect.log.LogSignatures;
import io.heal.detect.proc.ProcessStats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceWatcherTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private static MetricWatch queueAbove(double limit) {
    return new MetricWatch(
        "queue_depth",
        ThresholdDetector.factory(limit, Double.NaN, 1, Severity.MEDIUM),
        "",
        Double.NaN,
        Double.NaN,
        false);
  }

  private static MetricSample sample(
      String metric, Map<String, String> labels, int second, double v) {
    return new MetricSample("api", T0.plusSeconds(second), metric, labels, v);
  }

  @Test
  void reportsAnOngoingAnomalyOnceAndAgainAfterTheHoldPeriod() {
    ServiceWatcher w =
        new ServiceWatcher(
            "api", List.of(queueAbove(100)), LogSignatures.builtIn(), Duration.ofMinutes(5));
    List<Anomaly> reported = new ArrayList<>();

    for (int s = 0; s < 600; s += 10) { // 10 minutes above the threshold
      w.observe(sample("queue_depth", Map.of(), s, 150)).ifPresent(reported::add);
    }

    assertThat(reported).extracting(Anomaly::at).containsExactly(T0, T0.plusSeconds(300));
    assertThat(reported.get(0).hint())
        .isEqualTo("queue_depth 150, above its threshold of 100 for 1 samples");
    assertThat(reported.get(0).service()).isEqualTo("api");
    assertThat(reported.get(0).detector()).isEqualTo("threshold");
  }

  @Test
  void eachLabelSetIsItsOwnSeriesAndUnwatchedMetricsAreIgnored() {
    ServiceWatcher w =
        new ServiceWatcher(
            "api", List.of(queueAbove(100)), LogSignatures.builtIn(), Duration.ofMinutes(5));

    Optional<Anomaly> a = w.observe(sample("queue_depth", Map.of("queue", "a"), 0, 150));
    Optional<Anomaly> b = w.observe(sample("queue_depth", Map.of("queue", "b"), 0, 150));
    Optional<Anomaly> other = w.observe(sample("other_metric", Map.of(), 0, 1e9));

    assertThat(a).isPresent();
    assertThat(b).isPresent();
    assertThat(b.get().metric()).isEqualTo("queue_depth{queue=b}");
    assertThat(other).isEmpty();
    assertThat(w.seriesCount()).isEqualTo(2);
  }

  @Test
  void aLabelSetIsOneSeriesWhateverItsMapsOrderAndTheSeriesAreCapped() {
    ServiceWatcher w =
        new ServiceWatcher(
            "api", List.of(queueAbove(100)), LogSignatures.builtIn(), Duration.ofMinutes(5));
    Map<String, String> ab = new LinkedHashMap<>();
    ab.put("a", "1");
    ab.put("b", "2");
    Map<String, String> ba = new LinkedHashMap<>();
    ba.put("b", "2");
    ba.put("a", "1");

    Optional<Anomaly> first = w.observe(sample("queue_depth", ab, 0, 150));
    Optional<Anomaly> again = w.observe(sample("queue_depth", ba, 10, 150));
    for (int i = 0; i < ServiceWatcher.MAX_SERIES + 10; i++) {
      w.observe(sample("queue_depth", Map.of("queue", "q" + i), 20, 1));
    }
    Optional<Anomaly> pastTheCap =
        w.observe(sample("queue_depth", Map.of("queue", "new"), 30, 150));

    assertThat(first).isPresent();
    assertThat(first.get().metric()).isEqualTo("queue_depth{a=1, b=2}");
    assertThat(again).isEmpty(); // the same series: a repeat held back
    assertThat(pastTheCap).isEmpty();
    assertThat(w.seriesCount()).isEqualTo(ServiceWatcher.MAX_SERIES);
    assertThat(w.detectorsBySeries())
        .hasSize(ServiceWatcher.MAX_SERIES)
        .containsEntry("queue_depth{a=1, b=2}", "threshold")
        .doesNotContainKey("queue_depth{queue=new}");
  }

  @Test
  void watchesTheRateOfACounterThroughAReset() {
    MetricWatch requests =
        new MetricWatch(
                "errors_total",
                ThresholdDetector.factory(5, Double.NaN, 1, Severity.HIGH),
                "/s",
                Double.NaN,
                Double.NaN,
                false)
            .asRate();
    ServiceWatcher w =
        new ServiceWatcher("api", List.of(requests), LogSignatures.builtIn(), Duration.ZERO);
    List<Anomaly> reported = new ArrayList<>();
    double[] counter = {100, 110, 120, 5, 15, 115}; // 1/s, 1/s, reset (0.5/s), 1/s, 10/s

    for (int i = 0; i < counter.length; i++) {
      w.observe(sample("errors_total", Map.of(), i * 10, counter[i])).ifPresent(reported::add);
    }

    assertThat(reported)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.value()).isEqualTo(10.0);
              assertThat(a.metric()).isEqualTo("errors_total rate");
              assertThat(a.hint()).startsWith("errors_total rate 10 /s");
            });
  }

  @Test
  void matchesLogSignaturesAndCountsErrorLines() {
    ServiceWatcher w =
        new ServiceWatcher("api", List.of(), LogSignatures.builtIn(), Duration.ofMinutes(5));

    var hits = w.observe(new LogLine("api", T0, "java.lang.OutOfMemoryError: Java heap space"));
    w.observe(new LogLine("api", T0.plusSeconds(1), "ERROR request failed"));
    w.observe(new LogLine("api", T0.plusSeconds(2), "ERROR request failed"));

    assertThat(hits).containsExactly(LogSignatures.OUT_OF_MEMORY);
    assertThat(w.errorLineRate(T0.plusSeconds(3)).value()).isEqualTo(2.0);
  }

  @Test
  void processReadingsBecomeSamplesWithCpuShareFromTwoReadings() {
    ProcessStats before = new ProcessStats(7, Duration.ofSeconds(1), 100, 4, 9, 0);
    ProcessStats now = new ProcessStats(7, Duration.ofSeconds(2), 200, 5, 10, 2_000_000_000L);

    List<MetricSample> s = ProcessMetrics.samples("api", now, before, T0);

    assertThat(s)
        .extracting(MetricSample::metric, MetricSample::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ProcessMetrics.CPU_SHARE, 0.5),
            org.assertj.core.groups.Tuple.tuple(ProcessMetrics.RSS, 200.0),
            org.assertj.core.groups.Tuple.tuple(ProcessMetrics.THREADS, 5.0),
            org.assertj.core.groups.Tuple.tuple(ProcessMetrics.OPEN_FDS, 10.0));
    assertThat(ProcessMetrics.defaultWatches(512e6)).hasSize(4);
  }
}
