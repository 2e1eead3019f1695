package io.heal.repair.spi;

import io.heal.repair.classify.Classification;
import io.heal.repair.classify.FailureClass;
import io.heal.repair.localise.Location;
import java.nio.file.Path;
import java.util.List;

/**
 * What a generator knows about the failure.
 *
 * @param mainSources the project's {@code src/main/java}
 * @param testSources the project's {@code src/test/java}
 * @param failures the classified failing tests
 * @param primary the failure class that drives template order
 * @param locations suspicious lines, most suspicious first
 * @param testLiterals string literals of the failing test methods (expected messages, inputs)
 */
public record RepairContext(
    Path mainSources,
    Path testSources,
    List<Classification> failures,
    FailureClass primary,
    List<Location> locations,
    List<String> testLiterals) {

  /** Copies the lists. */
  public RepairContext {
    failures = List.copyOf(failures);
    locations = List.copyOf(locations);
    testLiterals = List.copyOf(testLiterals);
  }

  /** Returns whether a failing test expected an exception that was not thrown. */
  public boolean expectsException() {
    for (Classification c : failures) {
      if (!c.expectedException().isEmpty() || c.symptom().contains("but nothing was thrown")) {
        return true;
      }
    }
    return false;
  }

  /** Returns the exception a failing test expected and did not get, or empty. */
  public String expectedException() {
    for (Classification c : failures) {
      if (!c.expectedException().isEmpty()) {
        return c.expectedException();
      }
    }
    return "";
  }
}
