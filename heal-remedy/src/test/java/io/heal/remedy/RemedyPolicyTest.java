package io.heal.remedy;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.core.incident.IncidentKind;
import io.heal.core.remedy.Decision;
import io.heal.core.remedy.Remedy;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RemedyPolicyTest {

  private final RemedyPolicy policy = new RemedyPolicy();

  private static Failure failure(
      IncidentKind symptom,
      Optional<Integer> exit,
      boolean inPromotion,
      int sinceDeploy,
      boolean allowed) {
    return new Failure(
        symptom,
        exit,
        inPromotion ? "v2" : "v1",
        "v1",
        inPromotion,
        sinceDeploy,
        2,
        1,
        allowed,
        "5 restarts within 1m",
        Set.of(0),
        Duration.ofMillis(200));
  }

  @Test
  void restartsACrashWithBackoffAndSaysWhy() {
    Decision d = policy.decide(failure(IncidentKind.CRASH, Optional.of(3), false, 0, true));

    assertThat(d.remedy()).isEqualTo(Remedy.RESTART);
    assertThat(d.delay()).isEqualTo(Duration.ofMillis(200));
    assertThat(d.reason())
        .isEqualTo("crash (exit code 3): restart #2 of this run after 200ms back-off");
    assertThat(d.alternatives())
        .extracting(Decision.Alternative::remedy)
        .containsExactly(Remedy.ROLLBACK, Remedy.ESCALATE);
    assertThat(d.inputs()).containsEntry("release", "v1");
  }

  @Test
  void doesNothingForADeliberateExitCode() {
    Decision d = policy.decide(failure(IncidentKind.CRASH, Optional.of(0), false, 0, true));

    assertThat(d.remedy()).isEqualTo(Remedy.NONE);
  }

  @Test
  void escalatesPastTheIntensityLimit() {
    Decision d = policy.decide(failure(IncidentKind.CRASH, Optional.of(3), false, 0, false));

    assertThat(d.remedy()).isEqualTo(Remedy.ESCALATE);
    assertThat(d.reason()).contains("5 restarts within 1m");
  }

  @Test
  void rollsBackANewReleaseThatNeverBecameReady() {
    Decision d = policy.decide(failure(IncidentKind.FAILED_START, Optional.empty(), true, 1, true));

    assertThat(d.remedy()).isEqualTo(Remedy.ROLLBACK);
    assertThat(d.reason()).contains("v2 never became ready").contains("v1 is known-good");
  }

  @Test
  void restartsANewReleaseOnceThenRollsBackWhenItFailsAgain() {
    Decision first =
        policy.decide(failure(IncidentKind.UNHEALTHY, Optional.empty(), true, 1, true));
    Decision second = policy.decide(failure(IncidentKind.CRASH, Optional.of(1), true, 2, true));

    assertThat(first.remedy()).isEqualTo(Remedy.RESTART);
    assertThat(second.remedy()).isEqualTo(Remedy.ROLLBACK);
    assertThat(second.reason()).contains("failed again");
  }

  @Test
  void rollsBackEvenPastTheLimitWhenANewReleaseKeepsFailing() {
    Decision d = policy.decide(failure(IncidentKind.CRASH, Optional.of(1), true, 2, false));

    assertThat(d.remedy()).isEqualTo(Remedy.ROLLBACK);
  }
}
