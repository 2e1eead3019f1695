package io.heal.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DurationsTest {

  @Test
  void picksTheUnitThatKeepsItShort() {
    assertThat(Durations.human(Duration.ZERO)).isEqualTo("0 ms");
    assertThat(Durations.human(Duration.ofMillis(3))).isEqualTo("3 ms");
    assertThat(Durations.human(Duration.ofNanos(2_500_000))).isEqualTo("2.5 ms");
    assertThat(Durations.human(Duration.ofNanos(412_345_678))).isEqualTo("412 ms");
    assertThat(Durations.human(Duration.ofMillis(1250))).isEqualTo("1.25 s");
    assertThat(Durations.human(Duration.ofSeconds(2))).isEqualTo("2 s");
    assertThat(Durations.human(Duration.ofSeconds(185))).isEqualTo("3 min 05 s");
    assertThat(Durations.human(Duration.ofMinutes(62))).isEqualTo("1 h 02 min");
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(Durations.median(List.of(Duration.ofMillis(30), Duration.ofMillis(10))))
        .contains(Duration.ofMillis(20));
    assertThat(Durations.median(List.of())).isEmpty();
  }
}
