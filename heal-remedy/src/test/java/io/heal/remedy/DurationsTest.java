package io.heal.remedy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

  @Test
  void formatsForPeople() {
    assertThat(Durations.format(Duration.ofMillis(850))).isEqualTo("850ms");
    assertThat(Durations.format(Duration.ofMillis(1200))).isEqualTo("1.2s");
    assertThat(Durations.format(Duration.ofSeconds(10))).isEqualTo("10s");
    assertThat(Durations.format(Duration.ofSeconds(180))).isEqualTo("3m");
    assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
  }
}
