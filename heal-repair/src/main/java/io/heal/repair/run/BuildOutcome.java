package io.heal.repair.run;

import io.heal.repair.TestResult;
import java.time.Duration;
import java.util.List;

/**
 * What one Maven run of the project's tests found.
 *
 * @param project the compiled project, or null when it did not compile
 * @param compileErrors compiler messages ({@code File.java:[line,col] message}), empty when it
 *     compiled
 * @param surefire results read from the Surefire XML reports
 * @param log the tail of Maven's output
 * @param took how long Maven ran
 */
public record BuildOutcome(
    MavenProject project,
    List<String> compileErrors,
    List<TestResult> surefire,
    String log,
    Duration took) {

  /** Copies the lists. */
  public BuildOutcome {
    compileErrors = List.copyOf(compileErrors);
    surefire = List.copyOf(surefire);
  }

  /** Returns whether the project compiled. */
  public boolean compiled() {
    return project != null && compileErrors.isEmpty();
  }
}
