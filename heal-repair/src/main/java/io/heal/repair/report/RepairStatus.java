package io.heal.repair.report;

/** How a repair ended. */
public enum RepairStatus {
  /** Every test passed: nothing to repair. */
  ALL_PASS,
  /** A validated patch was found. */
  FIXED,
  /** No candidate within the budget made the suite pass. */
  NOT_FIXED,
  /** The project does not compile; Heal reports the errors and does not patch. */
  COMPILE_ERROR
}
