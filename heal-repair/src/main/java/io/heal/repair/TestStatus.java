package io.heal.repair;

/** The outcome of one test method. */
public enum TestStatus {
  /** The test passed. */
  PASSED,
  /** An assertion failed. */
  FAILED,
  /** The test threw something other than an assertion error. */
  ERROR,
  /** The test did not finish within its time limit. */
  TIMEOUT,
  /** The test was skipped or an assumption failed. */
  SKIPPED;

  /** Returns whether this outcome counts as broken. */
  public boolean broken() {
    return this == FAILED || this == ERROR || this == TIMEOUT;
  }
}
