package io.heal.repair.validate;

/** What validating one candidate found. */
public enum Verdict {
  /** The candidate does not compile. */
  COMPILE_ERROR,
  /** A test that failed still fails. */
  STILL_FAILING,
  /** A test hung (the candidate may loop forever). */
  TIMEOUT,
  /** The failing tests pass but a test that passed before now fails. */
  BREAKS_OTHERS,
  /** Every test passes. */
  PLAUSIBLE
}
