package io.heal.repair.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.repair.spi.Candidate;
import io.heal.repair.spi.RiskFlag;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RiskGateTest {

  private final RiskGate gate = new RiskGate();

  private static Candidate candidate(RiskFlag... flags) {
    return new Candidate("a/B.java", "class B {}", "templates", "t", "edit", 3, Set.of(flags));
  }

  @Test
  void rejectsDeletingACheckAndAnEarlyReturn() {
    assertThat(gate.assess(candidate(RiskFlag.DELETES_CHECK), 0, 0).rejected()).isTrue();
    assertThat(gate.assess(candidate(RiskFlag.EARLY_RETURN), 0, 0).rejected()).isTrue();
  }

  @Test
  void scoresASmallEditLowAndRaisesItForUnderSpecifiedTests() {
    Risk clean = gate.assess(candidate(), 0, 0);
    Risk contested = gate.assess(candidate(RiskFlag.DEFAULT_RETURN), 2, 0);

    assertThat(clean.score()).isZero();
    assertThat(clean.rejected()).isFalse();
    assertThat(contested.score()).isEqualTo(2);
    assertThat(contested.reasons()).anySatisfy(r -> assertThat(r).contains("under-specify"));
  }

  @Test
  void scoresATwoEditPatchHigherThanOneEdit() {
    Risk two = gate.assess(candidate(RiskFlag.TWO_EDITS), 0, 0);

    assertThat(two.score()).isEqualTo(1);
    assertThat(two.rejected()).isFalse();
    assertThat(two.reasons()).anySatisfy(r -> assertThat(r).contains("two edits"));
  }
}
