package io.heal.core.remedy;

/** What Heal can do about a failed service. */
public enum Remedy {
  /** Start the same release again, after its back-off delay. */
  RESTART,
  /** Switch to the known-good release. */
  ROLLBACK,
  /** Stop trying and hand the failure to a person. */
  ESCALATE,
  /** Do nothing: the exit was expected. */
  NONE
}
