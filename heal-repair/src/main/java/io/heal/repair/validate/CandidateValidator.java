package io.heal.repair.validate;

import io.heal.repair.TestId;
import io.heal.repair.TestResult;
import io.heal.repair.TestStatus;
import io.heal.repair.run.MavenProject;
import io.heal.repair.spi.Candidate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Validates candidates: compile the changed file in memory, run the failing tests first, then the
 * whole suite, all in the forked test JVM. Not thread-safe.
 */
public final class CandidateValidator implements AutoCloseable {

  private final MavenProject project;
  private final ForkedTestRunner runner;
  private final InMemoryCompiler compiler;
  private final Path scratch;
  private final List<TestId> failing;
  private final List<String> suite;
  private final Set<TestId> passedBefore;
  private final Duration testTimeout;
  private int overlays;

  /**
   * A validator.
   *
   * @param project the compiled project
   * @param runner the forked test runner
   * @param scratch a scratch directory for overlays
   * @param failing the failing tests to fix
   * @param suite the test classes of the whole suite
   * @param passedBefore tests that passed before; they must still pass
   * @param testTimeout how long one unit may run
   */
  public CandidateValidator(
      MavenProject project,
      ForkedTestRunner runner,
      Path scratch,
      List<TestId> failing,
      List<String> suite,
      Set<TestId> passedBefore,
      Duration testTimeout) {
    this.project = project;
    this.runner = runner;
    this.scratch = scratch;
    this.failing = List.copyOf(failing);
    this.suite = List.copyOf(suite);
    this.passedBefore = Set.copyOf(passedBefore);
    this.testTimeout = testTimeout;
    List<Path> cp = new ArrayList<>();
    cp.add(project.classes());
    cp.addAll(project.classpath());
    this.compiler = new InMemoryCompiler(cp);
  }

  /** Returns the compiler (on the main class path). */
  public InMemoryCompiler compiler() {
    return compiler;
  }

  /**
   * Compiles a candidate into a fresh overlay directory.
   *
   * @param c the candidate
   * @return the overlay, or null when it does not compile
   * @throws IOException when the overlay cannot be written
   */
  public Path compile(Candidate c) throws IOException {
    String binaryName = c.file().replaceAll("\\.java$", "").replace('/', '.');
    CompileResult r = compiler.compile(Map.of(binaryName, c.patchedSource()));
    if (!r.ok()) {
      return null;
    }
    Path overlay = scratch.resolve("overlay-" + (overlays++));
    InMemoryCompiler.write(r.classes(), overlay);
    return overlay;
  }

  /**
   * Validates one candidate.
   *
   * @param c the candidate
   * @return the verdict
   * @throws IOException when the runner cannot start
   */
  public Verdict validate(Candidate c) throws IOException {
    return check(c).verdict();
  }

  /**
   * Validates one candidate and keeps what the failing tests did under it. When the first failing
   * test still fails, the other failing tests run too (unless it hung), so a candidate that fixes
   * only some of them can be told apart from one that changes nothing: a partial fix may be one
   * half of a two-edit repair.
   *
   * @param c the candidate
   * @return the verdict and the failing tests' results under the candidate
   * @throws IOException when the runner cannot start
   */
  public Validation check(Candidate c) throws IOException {
    Path overlay = compile(c);
    if (overlay == null) {
      return new Validation(Verdict.COMPILE_ERROR, List.of());
    }
    try {
      List<String> units = new ArrayList<>();
      failing.forEach(t -> units.add(t.toString()));
      List<TestResult> first = runner.run(units, overlay, testTimeout, null, true);
      if (first.stream().anyMatch(r -> r.status() == TestStatus.TIMEOUT)) {
        return new Validation(Verdict.TIMEOUT, first);
      }
      if (first.isEmpty() || first.stream().anyMatch(r -> r.status().broken())) {
        List<TestResult> seen = new ArrayList<>(first);
        List<String> rest = units.subList(Math.min(first.size(), units.size()), units.size());
        if (!first.isEmpty() && !rest.isEmpty()) {
          seen.addAll(runner.run(rest, overlay, testTimeout, null, false));
        }
        return new Validation(Verdict.STILL_FAILING, seen);
      }
      List<TestResult> all = runner.run(suite, overlay, testTimeout.multipliedBy(3), null, false);
      List<TestResult> mine = all.stream().filter(r -> failing.contains(r.id())).toList();
      for (TestResult r : all) {
        if (r.status().broken() && (passedBefore.contains(r.id()) || failing.contains(r.id()))) {
          return new Validation(
              r.status() == TestStatus.TIMEOUT ? Verdict.TIMEOUT : Verdict.BREAKS_OTHERS, mine);
        }
      }
      for (TestId t : failing) {
        if (all.stream().noneMatch(r -> r.id().equals(t) && r.status() == TestStatus.PASSED)) {
          return new Validation(Verdict.STILL_FAILING, mine);
        }
      }
      return new Validation(Verdict.PLAUSIBLE, mine);
    } finally {
      delete(overlay);
    }
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Override
  public void close() throws IOException {
    compiler.close();
  }
}
