package io.heal.repair;

/**
 * The result of one test method.
 *
 * @param id the test
 * @param status its outcome
 * @param exceptionClass the thrown type's name, empty when it passed
 * @param message the thrown message, empty when none
 * @param trace the full stack trace, empty when it passed
 */
public record TestResult(
    TestId id, TestStatus status, String exceptionClass, String message, String trace) {

  /** Replaces nulls with empty strings. */
  public TestResult {
    exceptionClass = exceptionClass == null ? "" : exceptionClass;
    message = message == null ? "" : message;
    trace = trace == null ? "" : trace;
  }

  /**
   * A passing result.
   *
   * @param id the test
   * @return the result
   */
  public static TestResult passed(TestId id) {
    return new TestResult(id, TestStatus.PASSED, "", "", "");
  }
}
