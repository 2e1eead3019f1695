package io.heal.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void formatsWithMillisecondsVisibleAtEveryScale() {
    assertThat(Stats.format(Duration.ofNanos(800_000))).isEqualTo("0.80 ms");
    assertThat(Stats.format(Duration.ofMillis(412))).isEqualTo("412 ms");
    assertThat(Stats.format(Duration.ofMillis(4153))).isEqualTo("4.153 s");
    assertThat(Stats.format(null)).isEqualTo("-");
  }

  @Test
  void percentileIsTheNearestRank() {
    List<Duration> samples =
        List.of(Duration.ofMillis(3), Duration.ofMillis(1), Duration.ofMillis(2));

    assertThat(Stats.percentile(samples, 50)).isEqualTo(Duration.ofMillis(2));
    assertThat(Stats.percentile(samples, 95)).isEqualTo(Duration.ofMillis(3));
  }
}
