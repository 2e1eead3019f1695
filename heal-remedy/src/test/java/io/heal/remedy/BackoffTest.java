package io.heal.remedy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heal.core.spec.RestartPolicySpec;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private static final RestartPolicySpec POLICY =
      new RestartPolicySpec(
          Duration.ofMillis(100),
          Duration.ofSeconds(1),
          2.0,
          0.0,
          Duration.ofSeconds(60),
          5,
          Duration.ofSeconds(60));

  @Test
  void firstRestartIsImmediateThenDelaysGrowUpToTheCap() {
    assertThat(Backoff.delay(POLICY, 1, () -> 0.5)).isZero();
    assertThat(Backoff.delay(POLICY, 2, () -> 0.5)).isEqualTo(Duration.ofMillis(100));
    assertThat(Backoff.delay(POLICY, 3, () -> 0.5)).isEqualTo(Duration.ofMillis(200));
    assertThat(Backoff.delay(POLICY, 5, () -> 0.5)).isEqualTo(Duration.ofMillis(800));
    assertThat(Backoff.delay(POLICY, 6, () -> 0.5)).isEqualTo(Duration.ofSeconds(1));
    assertThat(Backoff.delay(POLICY, 30, () -> 0.5)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void jitterSpreadsTheDelayWithinItsFraction() {
    RestartPolicySpec jittery =
        new RestartPolicySpec(
            Duration.ofMillis(100),
            Duration.ofSeconds(10),
            2.0,
            0.2,
            Duration.ofSeconds(60),
            5,
            Duration.ofSeconds(60));

    assertThat(Backoff.delay(jittery, 2, () -> 0.0)).isEqualTo(Duration.ofMillis(80));
    assertThat(Backoff.delay(jittery, 2, () -> 0.999999))
        .isBetween(Duration.ofMillis(119), Duration.ofMillis(120));
  }

  @Test
  void rejectsAttemptZeroNamingIt() {
    assertThatThrownBy(() -> Backoff.delay(POLICY, 0, () -> 0.5))
        .hasMessage("attempt: must be at least 1, found 0");
  }
}
