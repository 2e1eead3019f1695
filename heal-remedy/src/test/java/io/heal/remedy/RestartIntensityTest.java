package io.heal.remedy;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.core.spec.RestartPolicySpec;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RestartIntensityTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void refusesTheRestartPastTheLimitAndForgetsOldOnes() {
    RestartIntensity limit =
        new RestartIntensity(
            new RestartPolicySpec(
                Duration.ZERO,
                Duration.ofSeconds(1),
                2,
                0,
                Duration.ofSeconds(60),
                3,
                Duration.ofSeconds(10)));

    limit.record(0);
    limit.record(SECOND);
    limit.record(2 * SECOND);

    assertThat(limit.allows(3 * SECOND)).isFalse();
    assertThat(limit.count(3 * SECOND)).isEqualTo(3);
    assertThat(limit.allows(10 * SECOND)).isTrue();
    assertThat(limit.describeLimit()).isEqualTo("3 restarts within 10s");
  }
}
