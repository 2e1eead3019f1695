package io.heal.repair.classify;

import io.heal.repair.TestResult;
import io.heal.repair.TestStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Classifies a failing test from its exception, message and stack trace. Stateless. */
public final class FailureClassifier {

  private static final Pattern FRAME =
      Pattern.compile(
          "^\\s*at\\s+(?:[\\w.$/@-]+//)?([\\w.$]+)\\.([\\w$<>]+)\\(([^:)]*)(?::(\\d+))?\\)");
  private static final Pattern CAUSED_BY = Pattern.compile("^Caused by: ([\\w.$]+)(?::\\s*(.*))?");
  private static final Pattern EXPECTED_THROWN =
      Pattern.compile(
          "Expected ([\\w.$]+) to be thrown, but (?:([\\w.$]+) was thrown|nothing was thrown)");
  private static final Pattern ASSERTJ_INSTANCE =
      Pattern.compile(
          "to be an instance of:\\s*([\\w.$]+)\\s*but was(?: instance of)?:\\s*\"?<?\"?([\\w.$]+)");
  private static final Pattern EXPECTED_ACTUAL =
      Pattern.compile(
          "expected:?\\s*<?(.*?)>?\\s*,?\\s*but was:?\\s*<?(.*?)>?\\s*$", Pattern.DOTALL);

  /**
   * Classifies one failing test.
   *
   * @param result a broken test result
   * @return its classification
   */
  public Classification classify(TestResult result) {
    String trace = result.trace();
    List<Frame> frames = frames(trace);
    String root = rootCause(result.exceptionClass(), trace);
    String expectedException = "";
    String expected = "";
    String actual = "";
    FailureClass cls;
    String message = result.message();
    Matcher thrown = EXPECTED_THROWN.matcher(message);
    if (result.status() == TestStatus.TIMEOUT
        || root.endsWith("TimeoutException")
        || root.equals("heal.Timeout")
        || message.contains("timed out")) {
      cls = FailureClass.TIMEOUT;
    } else if (thrown.find()) {
      expectedException = thrown.group(1);
      String got =
          thrown.group(2) == null || "nothing".equals(thrown.group(2)) ? "" : thrown.group(2);
      cls = got.isEmpty() ? FailureClass.ASSERTION : ofException(got);
      root = got.isEmpty() ? root : got;
    } else if (message.contains("to raise a throwable")) {
      cls = FailureClass.ASSERTION;
      expectedException = "";
      expected = "an exception";
      actual = "nothing thrown";
    } else if (ASSERTJ_INSTANCE.matcher(message).find()) {
      Matcher m = ASSERTJ_INSTANCE.matcher(message);
      m.find();
      expectedException = m.group(1);
      root = m.group(2);
      cls = ofException(root);
    } else if (isAssertion(root)) {
      cls = FailureClass.ASSERTION;
      Matcher m = EXPECTED_ACTUAL.matcher(message.replace('\n', ' '));
      if (m.find()) {
        expected = m.group(1).trim();
        actual = m.group(2).trim();
      }
    } else {
      cls = ofException(root);
    }
    String symptom = symptom(cls, root, message, expectedException, expected, actual);
    return new Classification(
        result.id(), cls, root, expectedException, expected, actual, symptom, frames);
  }

  static FailureClass ofException(String type) {
    String simple = type.substring(type.lastIndexOf('.') + 1);
    if (simple.equals("ArithmeticException")) {
      return FailureClass.ARITHMETIC;
    }
    if (simple.equals("NullPointerException")) {
      return FailureClass.NULL_POINTER;
    }
    if (simple.contains("IndexOutOfBounds")
        || simple.equals("NoSuchElementException")
        || simple.equals("NegativeArraySizeException")) {
      return FailureClass.INDEX_OUT_OF_BOUNDS;
    }
    if (simple.equals("StackOverflowError")) {
      return FailureClass.STACK_OVERFLOW;
    }
    if (simple.equals("ClassCastException")) {
      return FailureClass.CLASS_CAST;
    }
    if (simple.equals("NumberFormatException")) {
      return FailureClass.NUMBER_FORMAT;
    }
    if (simple.equals("ConcurrentModificationException")) {
      return FailureClass.CONCURRENT_MODIFICATION;
    }
    if (isAssertion(type)) {
      return FailureClass.ASSERTION;
    }
    return FailureClass.OTHER_EXCEPTION;
  }

  private static boolean isAssertion(String type) {
    return type.endsWith("AssertionError")
        || type.endsWith("AssertionFailedError")
        || type.endsWith("ComparisonFailure")
        || type.endsWith("MultipleFailuresError");
  }

  /** The last "Caused by:" type in the trace, else the thrown type. */
  static String rootCause(String thrown, String trace) {
    String root = thrown;
    for (String line : trace.split("\n")) {
      Matcher m = CAUSED_BY.matcher(line.trim());
      if (m.find()) {
        root = m.group(1);
      }
    }
    if (root.isEmpty()) {
      String first = trace.strip().split("\n", 2)[0];
      int colon = first.indexOf(':');
      root = (colon > 0 ? first.substring(0, colon) : first).trim();
    }
    return root;
  }

  /**
   * Parses stack frames, the deepest cause's frames first.
   *
   * @param trace a printed stack trace
   * @return its frames
   */
  public static List<Frame> frames(String trace) {
    List<List<Frame>> sections = new ArrayList<>();
    sections.add(new ArrayList<>());
    for (String line : trace.split("\n")) {
      if (line.trim().startsWith("Caused by:")) {
        sections.add(new ArrayList<>());
        continue;
      }
      Matcher m = FRAME.matcher(line);
      if (m.find()) {
        int lineNo = m.group(4) == null ? -1 : Integer.parseInt(m.group(4));
        sections
            .get(sections.size() - 1)
            .add(new Frame(m.group(1), m.group(2), m.group(3), lineNo));
      }
    }
    List<Frame> frames = new ArrayList<>();
    for (int i = sections.size() - 1; i >= 0; i--) {
      frames.addAll(sections.get(i));
    }
    return frames;
  }

  private static String symptom(
      FailureClass cls, String root, String message, String expEx, String exp, String act) {
    String firstLine = message.split("\n", 2)[0];
    if (firstLine.length() > 160) {
      firstLine = firstLine.substring(0, 160) + "...";
    }
    switch (cls) {
      case TIMEOUT:
        return "did not finish in time (non-termination)";
      case ASSERTION:
        if (!expEx.isEmpty()) {
          return "expected " + expEx + " to be thrown, but nothing was thrown";
        }
        if (act.equals("nothing thrown")) {
          return "expected an exception to be thrown, but nothing was thrown";
        }
        if (!exp.isEmpty() || !act.isEmpty()) {
          return "assertion mismatch: expected " + exp + " but was " + act;
        }
        return "assertion failed: " + firstLine;
      default:
        return (expEx.isEmpty() ? "" : "expected " + expEx + " but ")
            + root.substring(root.lastIndexOf('.') + 1)
            + (firstLine.isEmpty() || !expEx.isEmpty() ? "" : ": " + firstLine);
    }
  }
}
