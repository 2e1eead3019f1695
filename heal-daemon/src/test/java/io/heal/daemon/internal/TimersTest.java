package io.heal.daemon.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimersTest {

  @Test
  void roundsADueTimeUpToTheNextGridLine() {
    // due at 15 on a grid of 20: runs at 20
    assertThat(Timers.gridDelayNanos(5, 10, 20)).isEqualTo(15);
  }

  @Test
  void keepsADueTimeThatIsOnTheGrid() {
    assertThat(Timers.gridDelayNanos(0, 40, 20)).isEqualTo(40);
  }

  @Test
  void laysTheGridOnNegativeReadingsToo() {
    // System.nanoTime() may be negative: due at -7 runs at 0
    assertThat(Timers.gridDelayNanos(-7, 0, 20)).isEqualTo(7);
  }
}
