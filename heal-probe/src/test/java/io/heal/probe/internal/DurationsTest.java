package io.heal.probe.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

  @Test
  void showsWholeSecondsAsSeconds() {
    assertThat(Durations.show(Duration.ofSeconds(2))).isEqualTo("2s");
  }

  @Test
  void showsEverythingElseAsMilliseconds() {
    assertThat(Durations.show(Duration.ofMillis(500))).isEqualTo("500ms");
    assertThat(Durations.show(Duration.ofMillis(1500))).isEqualTo("1500ms");
    assertThat(Durations.show(Duration.ZERO)).isEqualTo("0ms");
  }
}
