package io.heal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.heal.core.anomaly.Severity;
import io.heal.core.spec.DetectionSpec;
import io.heal.core.spec.MetricWatchSpec;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DetectionConfigTest {

  private static final Path BASE = Path.of("/srv/heal");

  @Test
  void readsTheDetectionBlockWithDefaults() {
    String yaml =
        """
        services:
          - name: api
            command: [./api]
            detection:
              metrics_url: http://127.0.0.1:8080/metrics
              scrape_interval: 2s
              metrics:
                - {metric: heap_used_bytes, detector: leak, limit: 1000, window: 10, urgent_within: 1m}
                - {metric: http_errors_total, rate: true}
              log_signatures:
                - {name: panic, pattern: "PANIC: .*", severity: medium}
              objectives:
                - {name: availability, errors: http_errors_total, total: http_requests_total, target: 0.999}
        """;

    DetectionSpec d = HealConfigLoader.parse(yaml, BASE).services().get(0).detection();

    assertThat(d.metricsUrl()).contains(URI.create("http://127.0.0.1:8080/metrics"));
    assertThat(d.scrapeInterval()).isEqualTo(Duration.ofSeconds(2));
    assertThat(d.metrics().get(0).urgentWithin()).contains(Duration.ofMinutes(1));
    assertThat(d.metrics().get(0).limit()).hasValue(1000);
    assertThat(d.metrics().get(1).detector()).isEqualTo(MetricWatchSpec.DEFAULT_DETECTOR);
    assertThat(d.metrics().get(1).rate()).isTrue();
    assertThat(d.logSignatures().get(0).severity()).isEqualTo(Severity.MEDIUM);
    assertThat(d.remedyAt()).isEqualTo(DetectionSpec.DEFAULT_REMEDY_AT);
    assertThat(d.objectives())
        .containsExactly(
            new io.heal.core.spec.ObjectiveSpec(
                "availability", "http_errors_total", "http_requests_total", 0.999));
    assertThat(d.processMetrics()).isTrue();
  }

  @Test
  void aServiceWithoutDetectionGetsTheDefaults() {
    DetectionSpec d =
        HealConfigLoader.parse("services:\n  - {name: api, command: [./api]}\n", BASE)
            .services()
            .get(0)
            .detection();

    assertThat(d).isEqualTo(DetectionSpec.defaults());
    assertThat(d.metricsUrl()).isEqualTo(Optional.empty());
  }

  @Test
  void reportsEveryDetectionMistakeAtOnce() {
    String yaml =
        """
        services:
          - name: api
            command: [./api]
            detection:
              remedy_at: critical
              metrics:
                - {metric: x, detector: magic}
              log_signatures:
                - {name: bad, pattern: "([unclosed", severity: high}
        """;

    ConfigInvalidException e =
        catchThrowableOfType(
            () -> HealConfigLoader.parse(yaml, BASE), ConfigInvalidException.class);

    assertThat(e.errors())
        .extracting(ConfigError::toString)
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("detection.remedy_at: must be low, medium or high, found critical"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("metrics[0].detector: must be one of default,")
                    .contains("found magic"))
        .anySatisfy(
            m -> assertThat(m).contains("log_signatures[0].pattern: must be a regular expression"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("detection.metrics_url: is required when metrics are listed"));
  }
}
