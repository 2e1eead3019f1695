package io.heal.repair;

import io.heal.repair.regression.RegressionTestWriter;
import io.heal.repair.run.MavenProject;
import io.heal.repair.spi.Candidate;
import io.heal.repair.validate.CompileResult;
import io.heal.repair.validate.ForkedTestRunner;
import io.heal.repair.validate.InMemoryCompiler;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The regression test for a patch, checked both ways: it must fail on the unpatched code and pass
 * on the patched code.
 *
 * @param written the test, or null when none could be derived
 * @param failsBefore whether it failed without the patch
 * @param passesAfter whether it passed with the patch
 */
record Regression(RegressionTestWriter.Written written, boolean failsBefore, boolean passesAfter) {

  static Regression write(
      MavenProject project,
      ForkedTestRunner runner,
      Path scratch,
      List<TestId> failing,
      Candidate patch,
      String symptom)
      throws IOException {
    Optional<RegressionTestWriter.Written> w =
        new RegressionTestWriter().write(project.testSources(), failing, symptom);
    if (w.isEmpty()) {
      return new Regression(null, false, false);
    }
    List<Path> cp = new ArrayList<>(List.of(project.testClasses(), project.classes()));
    cp.addAll(project.classpath());
    try (InMemoryCompiler tests = new InMemoryCompiler(cp);
        InMemoryCompiler main = new InMemoryCompiler(cp)) {
      CompileResult test = tests.compile(Map.of(w.get().binaryName(), w.get().source()));
      String binary = patch.file().replaceAll("\\.java$", "").replace('/', '.');
      CompileResult patched = main.compile(Map.of(binary, patch.patchedSource()));
      if (!test.ok() || !patched.ok()) {
        return new Regression(w.get(), false, false);
      }
      Path before = scratch.resolve("regression-before");
      Path after = scratch.resolve("regression-after");
      InMemoryCompiler.write(test.classes(), before);
      InMemoryCompiler.write(test.classes(), after);
      InMemoryCompiler.write(patched.classes(), after);
      List<String> unit = List.of(w.get().binaryName());
      Duration timeout = Duration.ofSeconds(10);
      List<TestResult> b = runner.run(unit, before, timeout, null, false);
      List<TestResult> a = runner.run(unit, after, timeout, null, false);
      boolean failsBefore = b.stream().anyMatch(r -> r.status().broken());
      boolean passesAfter =
          !a.isEmpty() && a.stream().allMatch(r -> r.status() == TestStatus.PASSED);
      return new Regression(w.get(), failsBefore, passesAfter);
    }
  }
}
