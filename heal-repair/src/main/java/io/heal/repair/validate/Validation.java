package io.heal.repair.validate;

import io.heal.repair.TestResult;
import java.util.List;

/**
 * What validating one candidate found, with the detail a later search needs.
 *
 * @param verdict the verdict
 * @param failingTests how the tests that failed before did under the candidate (those that ran;
 *     empty when it did not compile)
 */
public record Validation(Verdict verdict, List<TestResult> failingTests) {

  /** Copies the list. */
  public Validation {
    failingTests = List.copyOf(failingTests);
  }
}
