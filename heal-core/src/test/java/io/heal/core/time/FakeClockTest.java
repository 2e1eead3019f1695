package io.heal.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FakeClockTest {

  @Test
  void advancesBothReadingsTogether() {
    FakeClock clock = new FakeClock();

    clock.advance(Duration.ofMillis(1500));

    assertThat(clock.monotonicNanos()).isEqualTo(1_500_000_000L);
    assertThat(clock.now()).isEqualTo(FakeClock.DEFAULT_START.plusMillis(1500));
  }

  @Test
  void refusesToGoBackwards() {
    assertThatThrownBy(() -> new FakeClock().advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("step")
        .hasMessageContaining("PT-1S");
  }
}
