package io.heal.daemon.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StartupPollTest {

  private static final Duration INTERVAL = Duration.ofSeconds(1);

  @Test
  void pollsEveryFiveMillisecondsInTheFirstHundred() {
    assertThat(ServiceSupervisor.startupPoll(Duration.ZERO, INTERVAL)).hasMillis(5);
    assertThat(ServiceSupervisor.startupPoll(Duration.ofMillis(99), INTERVAL)).hasMillis(5);
  }

  @Test
  void thenPollsATwentiethOfTheTimeSinceTheStart() {
    assertThat(ServiceSupervisor.startupPoll(Duration.ofMillis(150), INTERVAL)).hasMillis(7);
    assertThat(ServiceSupervisor.startupPoll(Duration.ofSeconds(1), INTERVAL)).hasMillis(50);
    assertThat(ServiceSupervisor.startupPoll(Duration.ofSeconds(10), INTERVAL)).hasMillis(500);
  }

  @Test
  void neverWaitsLongerThanTheProbeInterval() {
    assertThat(ServiceSupervisor.startupPoll(Duration.ofMinutes(5), INTERVAL)).isEqualTo(INTERVAL);
    assertThat(ServiceSupervisor.startupPoll(Duration.ofMillis(300), Duration.ofMillis(4)))
        .hasMillis(4);
  }
}
