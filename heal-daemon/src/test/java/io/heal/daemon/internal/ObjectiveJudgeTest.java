package io.heal.daemon.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.core.anomaly.Anomaly;
import io.heal.core.anomaly.Severity;
import io.heal.core.spec.ObjectiveSpec;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObjectiveJudgeTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void errorBurstBurnsTheBudgetAndIsAHighSeverityAnomaly() {
    ObjectiveJudge judge =
        new ObjectiveJudge(
            "api", new ObjectiveSpec("availability", "errors_total", "requests_total", 0.999));
    double errors = 0;
    double total = 0;
    Optional<Anomaly> last = Optional.empty();
    // ten healthy minutes, then half of all requests fail for two minutes
    for (int s = 0; s <= 720; s += 5) {
      total += 100;
      if (s > 600) {
        errors += 50;
      }
      Optional<Anomaly> a =
          judge.observe(T0.plusSeconds(s), Map.of("errors_total", errors, "requests_total", total));
      if (s <= 600) {
        assertThat(a).as("healthy at %d s", s).isEmpty();
      }
      last = a.isPresent() ? a : last;
    }

    assertThat(last)
        .hasValueSatisfying(
            a -> {
              assertThat(a.severity()).isEqualTo(Severity.HIGH);
              assertThat(a.hint()).contains("error budget burning");
            });
  }

  @Test
  void firstScrapeAndCounterResetGiveNoVerdict() {
    ObjectiveJudge judge =
        new ObjectiveJudge("api", new ObjectiveSpec("a", "errors_total", "requests_total", 0.99));

    assertThat(judge.observe(T0, Map.of("errors_total", 5.0, "requests_total", 10.0))).isEmpty();
    assertThat(judge.observe(T0.plusSeconds(5), Map.of("errors_total", 0.0, "requests_total", 1.0)))
        .isEmpty();
  }
}
