package io.heal.repair;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How one repair runs.
 *
 * @param project the Maven project directory
 * @param onlyTests failing tests to repair ({@code Class#method}); empty for every failing test
 * @param apply whether to write the patch and the regression test into the project
 * @param outDir where the diff, the regression test and the report go
 * @param maxCandidates the candidate budget
 * @param timeBudget the wall-time budget for candidate validation
 * @param maxPatches how many validated patches to look for before stopping (1: stop at the first
 *     good one)
 * @param alternativesBudget how many more candidates to try after the first validated patch, to
 *     find alternatives that also pass (a sign that the tests under-specify the bug)
 * @param testTimeout how long one test unit may run while validating a candidate
 * @param spectrum whether to run per-test coverage for Ochiai localisation
 */
public record RepairOptions(
    Path project,
    List<TestId> onlyTests,
    boolean apply,
    Path outDir,
    int maxCandidates,
    Duration timeBudget,
    int maxPatches,
    int alternativesBudget,
    Duration testTimeout,
    boolean spectrum) {

  /** Default candidate budget. */
  public static final int DEFAULT_MAX_CANDIDATES = 600;

  /** Default wall-time budget for validation. */
  public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(150);

  /** Default number of extra candidates tried for alternatives. */
  public static final int DEFAULT_ALTERNATIVES_BUDGET = 15;

  /** Default per-unit test timeout while validating. */
  public static final Duration DEFAULT_TEST_TIMEOUT = Duration.ofSeconds(5);

  /** Checks every field. */
  public RepairOptions {
    if (project == null) {
      throw new IllegalArgumentException("project: must be set, found null");
    }
    onlyTests = onlyTests == null ? List.of() : List.copyOf(onlyTests);
    if (outDir == null) {
      outDir = project.resolve("target/heal");
    }
    if (maxCandidates < 1) {
      throw new IllegalArgumentException(
          "maxCandidates: must be at least 1, found " + maxCandidates);
    }
    if (maxPatches < 1) {
      throw new IllegalArgumentException("maxPatches: must be at least 1, found " + maxPatches);
    }
    if (alternativesBudget < 0) {
      throw new IllegalArgumentException(
          "alternativesBudget: must not be negative, found " + alternativesBudget);
    }
    if (timeBudget == null || timeBudget.isNegative() || timeBudget.isZero()) {
      throw new IllegalArgumentException("timeBudget: must be positive, found " + timeBudget);
    }
    if (testTimeout == null || testTimeout.isNegative() || testTimeout.isZero()) {
      throw new IllegalArgumentException("testTimeout: must be positive, found " + testTimeout);
    }
  }

  /**
   * Defaults for a project: report only, default budgets.
   *
   * @param project the project directory
   * @return the options
   */
  public static RepairOptions defaults(Path project) {
    return new RepairOptions(
        project,
        List.of(),
        false,
        null,
        DEFAULT_MAX_CANDIDATES,
        DEFAULT_TIME_BUDGET,
        1,
        DEFAULT_ALTERNATIVES_BUDGET,
        DEFAULT_TEST_TIMEOUT,
        true);
  }

  /** Returns a copy that applies the patch. */
  public RepairOptions withApply(boolean value) {
    return new RepairOptions(
        project,
        onlyTests,
        value,
        outDir,
        maxCandidates,
        timeBudget,
        maxPatches,
        alternativesBudget,
        testTimeout,
        spectrum);
  }

  /** Returns a copy with another output directory. */
  public RepairOptions withOutDir(Path value) {
    return new RepairOptions(
        project,
        onlyTests,
        apply,
        value,
        maxCandidates,
        timeBudget,
        maxPatches,
        alternativesBudget,
        testTimeout,
        spectrum);
  }

  /** Returns a copy limited to some failing tests. */
  public RepairOptions withOnlyTests(List<TestId> value) {
    return new RepairOptions(
        project,
        value,
        apply,
        outDir,
        maxCandidates,
        timeBudget,
        maxPatches,
        alternativesBudget,
        testTimeout,
        spectrum);
  }

  /** Returns a copy with another alternatives budget. */
  public RepairOptions withAlternativesBudget(int value) {
    return new RepairOptions(
        project,
        onlyTests,
        apply,
        outDir,
        maxCandidates,
        timeBudget,
        maxPatches,
        value,
        testTimeout,
        spectrum);
  }

  /** Returns a copy that looks for more validated patches before stopping. */
  public RepairOptions withMaxPatches(int value) {
    return new RepairOptions(
        project,
        onlyTests,
        apply,
        outDir,
        maxCandidates,
        timeBudget,
        value,
        alternativesBudget,
        testTimeout,
        spectrum);
  }

  /** Returns a copy with other budgets. */
  public RepairOptions withBudget(int candidates, Duration time) {
    return new RepairOptions(
        project,
        onlyTests,
        apply,
        outDir,
        candidates,
        time,
        maxPatches,
        alternativesBudget,
        testTimeout,
        spectrum);
  }
}
