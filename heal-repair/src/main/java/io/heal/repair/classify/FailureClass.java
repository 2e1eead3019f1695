package io.heal.repair.classify;

/** Why a test failed, as far as the failure itself tells. */
public enum FailureClass {
  /** ArithmeticException, usually a division by zero. */
  ARITHMETIC,
  /** NullPointerException. */
  NULL_POINTER,
  /** An index or bounds exception (array, list, string, no such element). */
  INDEX_OUT_OF_BOUNDS,
  /** StackOverflowError, usually a recursion without a reachable base case. */
  STACK_OVERFLOW,
  /** ClassCastException. */
  CLASS_CAST,
  /** NumberFormatException. */
  NUMBER_FORMAT,
  /** ConcurrentModificationException. */
  CONCURRENT_MODIFICATION,
  /** Another exception thrown by the code under test. */
  OTHER_EXCEPTION,
  /** An assertion failed: a wrong value, or an expected exception that was not thrown. */
  ASSERTION,
  /** The test did not finish in time. */
  TIMEOUT,
  /** The project does not compile. */
  COMPILE_ERROR
}
