package io.heal.repair;

/**
 * The result of one test method.
 *
 * @param id the test
 * @param status its outcome
 * @param exceptionClass the thrown type's name, empty when it passed
 * @param message the thrown message, empty when none
 * @param trace the full stack trace, empty when it passed
 * @param millis how long it ran, -1 when unknown
 */
public record TestResult(
    TestId id,
    TestStatus status,
    String exceptionClass,
    String message,
    String trace,
    long millis) {

  /**
   * A result without a duration.
   *
   * @param id the test
   * @param status its outcome
   * @param exceptionClass the thrown type's name
   * @param message the thrown message
   * @param trace the stack trace
   */
  public TestResult(
      TestId id, TestStatus status, String exceptionClass, String message, String trace) {
    this(id, status, exceptionClass, message, trace, -1);
  }

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
