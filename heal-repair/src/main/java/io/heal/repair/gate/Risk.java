package io.heal.repair.gate;

import java.util.List;

/**
 * A validated patch's risk.
 *
 * @param score 0 (low) to 3 (high)
 * @param rejected whether the gates refuse the patch as a fix
 * @param reasons why
 */
public record Risk(int score, boolean rejected, List<String> reasons) {

  /** Checks the score and copies the reasons. */
  public Risk {
    if (score < 0 || score > 3) {
      throw new IllegalArgumentException("score: must be within [0, 3], found " + score);
    }
    reasons = List.copyOf(reasons);
  }
}
