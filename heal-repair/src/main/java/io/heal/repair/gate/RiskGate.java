package io.heal.repair.gate;

import io.heal.repair.spi.Candidate;
import io.heal.repair.spi.RiskFlag;
import java.util.ArrayList;
import java.util.List;

/** Scores a validated candidate and rejects the ones that only fool the tests. Stateless. */
public final class RiskGate {

  /**
   * Assesses a validated candidate.
   *
   * @param c the candidate
   * @param otherPassing how many other different candidates also passed
   * @param locationRank the rank of the edited line among the suspicious ones (0 = top)
   * @return its risk
   */
  public Risk assess(Candidate c, int otherPassing, int locationRank) {
    List<String> reasons = new ArrayList<>();
    int score = 0;
    boolean rejected = false;
    if (c.flags().contains(RiskFlag.DELETES_CHECK)) {
      rejected = true;
      score = 3;
      reasons.add("deletes a check: that hides the failure, it does not fix it");
    }
    if (c.flags().contains(RiskFlag.EARLY_RETURN)) {
      rejected = true;
      score = 3;
      reasons.add("inserts an unconditional early return: that skips the code under test");
    }
    if (c.flags().contains(RiskFlag.DELETES_STATEMENT)) {
      score += 2;
      reasons.add("deletes a statement");
    }
    if (c.flags().contains(RiskFlag.DEFAULT_RETURN)) {
      score += 1;
      reasons.add(
          "returns or skips with a default value in a new guard: check the value is the intended one");
    }
    if (c.flags().contains(RiskFlag.MODEL_GENERATED)) {
      score += 1;
      reasons.add("proposed by a language model");
    }
    if (c.flags().contains(RiskFlag.TWO_EDITS)) {
      score += 1;
      reasons.add("makes two edits: check that both belong to the fix");
    }
    if (otherPassing > 0) {
      score += 1;
      reasons.add(
          otherPassing + " other different patch(es) also pass: the tests under-specify the bug");
    }
    if (locationRank >= 5) {
      score += 1;
      reasons.add("edits a line ranked " + (locationRank + 1) + " among the suspicious ones");
    }
    if (reasons.isEmpty()) {
      reasons.add("small edit at a top-ranked line; the only candidate found that passes");
    }
    return new Risk(Math.min(3, score), rejected, reasons);
  }
}
