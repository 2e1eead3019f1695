package io.heal.repair.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.repair.TestId;
import io.heal.repair.TestResult;
import io.heal.repair.TestStatus;
import org.junit.jupiter.api.Test;

class FailureClassifierTest {

  private final FailureClassifier classifier = new FailureClassifier();
  private final TestId id = TestId.parse("a.BTest#m");

  @Test
  void classifiesAnExceptionAndKeepsTheFramesDeepestCauseFirst() {
    String trace =
        """
        java.lang.RuntimeException: wrapped
        \tat a.Outer.call(Outer.java:10)
        Caused by: java.lang.ArithmeticException: / by zero
        \tat a.B.divide(B.java:7)
        \tat a.BTest.m(BTest.java:12)
        """;
    Classification c =
        classifier.classify(
            new TestResult(id, TestStatus.ERROR, "java.lang.RuntimeException", "wrapped", trace));

    assertThat(c.failureClass()).isEqualTo(FailureClass.ARITHMETIC);
    assertThat(c.frames()).extracting(Frame::line).containsExactly(7, 12, 10);
    assertThat(c.frames().get(0).sourcePath()).isEqualTo("a/B.java");
  }

  @Test
  void readsExpectedAndActualOfAnAssertionMismatch() {
    Classification c =
        classifier.classify(
            new TestResult(
                id,
                TestStatus.FAILED,
                "org.opentest4j.AssertionFailedError",
                "expected: <3> but was: <4>",
                "org.opentest4j.AssertionFailedError: x"));

    assertThat(c.failureClass()).isEqualTo(FailureClass.ASSERTION);
    assertThat(c.expected()).isEqualTo("3");
    assertThat(c.actual()).isEqualTo("4");
  }

  @Test
  void noticesAnExpectedExceptionThatWasNotThrown() {
    Classification junit =
        classifier.classify(
            new TestResult(
                id,
                TestStatus.FAILED,
                "org.opentest4j.AssertionFailedError",
                "Expected java.lang.IllegalArgumentException to be thrown, but nothing was thrown.",
                ""));
    Classification wrongType =
        classifier.classify(
            new TestResult(
                id,
                TestStatus.FAILED,
                "org.opentest4j.AssertionFailedError",
                "Unexpected exception type thrown, Expected java.lang.IllegalArgumentException to be thrown, "
                    + "but java.lang.NullPointerException was thrown",
                ""));

    assertThat(junit.failureClass()).isEqualTo(FailureClass.ASSERTION);
    assertThat(junit.expectedException()).isEqualTo("java.lang.IllegalArgumentException");
    assertThat(wrongType.failureClass()).isEqualTo(FailureClass.NULL_POINTER);
  }

  @Test
  void classifiesTimeoutsAndTheUsualExceptions() {
    assertThat(
            classifier
                .classify(new TestResult(id, TestStatus.TIMEOUT, "heal.Timeout", "", ""))
                .failureClass())
        .isEqualTo(FailureClass.TIMEOUT);
    assertThat(FailureClassifier.ofException("java.lang.ArrayIndexOutOfBoundsException"))
        .isEqualTo(FailureClass.INDEX_OUT_OF_BOUNDS);
    assertThat(FailureClassifier.ofException("java.lang.StackOverflowError"))
        .isEqualTo(FailureClass.STACK_OVERFLOW);
    assertThat(FailureClassifier.ofException("java.util.ConcurrentModificationException"))
        .isEqualTo(FailureClass.CONCURRENT_MODIFICATION);
    assertThat(FailureClassifier.ofException("java.lang.NumberFormatException"))
        .isEqualTo(FailureClass.NUMBER_FORMAT);
    assertThat(FailureClassifier.ofException("java.lang.ClassCastException"))
        .isEqualTo(FailureClass.CLASS_CAST);
  }
}
