package io.heal.repair;

import io.heal.repair.spi.Candidate;
import java.util.Set;

/**
 * A validated candidate that did not make every test pass but changed what a failing test does.
 *
 * @param candidate the candidate
 * @param fixed the failing tests it made pass
 * @param order its place among the partial fixes found (search order, 0 = first)
 */
record PartialFix(Candidate candidate, Set<TestId> fixed, int order) {

  /** Copies the set. */
  PartialFix {
    fixed = Set.copyOf(fixed);
  }
}
