package io.heal.repair.spi;

/** Properties of an edit that make a passing patch less trustworthy. */
public enum RiskFlag {
  /** The edit deletes a statement. */
  DELETES_STATEMENT,
  /** The edit deletes or disables a check (an if, a throw, an assert). */
  DELETES_CHECK,
  /** The edit inserts a return that skips the rest of the method unconditionally. */
  EARLY_RETURN,
  /** The edit inserts a guard that returns or skips with a made-up default value. */
  DEFAULT_RETURN,
  /** The edit was proposed by a language model. */
  MODEL_GENERATED,
  /** The patch makes two edits, each of which alone did not make every test pass. */
  TWO_EDITS
}
