package io.heal.repair.classify;

import io.heal.repair.TestId;
import java.util.List;

/**
 * What one failing test tells about the bug.
 *
 * @param test the failing test
 * @param failureClass the class of failure
 * @param exceptionType the exception behind the failure (the root cause), empty for none
 * @param expectedException the exception the test expected and did not get, empty for none
 * @param expected the expected value of an assertion mismatch, empty when unknown
 * @param actual the actual value of an assertion mismatch, empty when unknown
 * @param symptom a one-line description
 * @param frames the stack frames, deepest cause first
 */
public record Classification(
    TestId test,
    FailureClass failureClass,
    String exceptionType,
    String expectedException,
    String expected,
    String actual,
    String symptom,
    List<Frame> frames) {

  /** Copies the frames. */
  public Classification {
    frames = List.copyOf(frames);
  }
}
