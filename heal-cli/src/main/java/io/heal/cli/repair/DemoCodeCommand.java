package io.heal.cli.repair;

import io.heal.repair.RepairEngine;
import io.heal.repair.RepairOptions;
import io.heal.repair.TestResult;
import io.heal.repair.classify.Classification;
import io.heal.repair.inject.BugInjector;
import io.heal.repair.inject.BugKind;
import io.heal.repair.inject.InjectedBug;
import io.heal.repair.report.RepairReport;
import io.heal.repair.report.RepairStatus;
import io.heal.repair.run.BuildOutcome;
import io.heal.repair.run.MavenBuild;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The code-healing demo: inject a bug into a copy of the sample service and heal it. */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description = "Inject a known bug into a copy of the sample service's source and heal it.")
public final class DemoCodeCommand implements Callable<Integer> {

  @Option(
      names = "--bug",
      defaultValue = "zero-divisor",
      description =
          "zero-divisor, null-guard, off-by-one or wrong-comparison (default ${DEFAULT-VALUE}).")
  String bug;

  @Option(
      names = "--work",
      description = "Work directory for the copy (default: a new temp directory).")
  Path work;

  @Option(
      names = "--repo",
      description = "The Heal repository root (default: found from here or the jar).")
  Path repo;

  @Override
  public Integer call() throws Exception {
    BugKind kind;
    try {
      kind = BugKind.parse(bug);
    } catch (IllegalArgumentException e) {
      System.err.println("heal demo code: " + e.getMessage());
      return 2;
    }
    Path root = SampleCopy.repositoryRoot(repo);
    Path dir = work != null ? work : Files.createTempDirectory("heal-demo-code-");
    if (Files.exists(dir.resolve("pom.xml"))) {
      System.err.println(
          "heal demo code: --work " + dir + " already holds a project; pick an empty directory");
      return 2;
    }
    SampleCopy.copy(root, dir);
    System.out.println("== 1. Copied the sample service's Calculator and its tests to " + dir);
    InjectedBug injected = new BugInjector().inject(dir, kind, "Calculator");
    System.out.println(
        "== 2. Injected a bug ("
            + kind.id()
            + "): "
            + injected.description()
            + " at "
            + injected.file()
            + ":"
            + injected.line());
    System.out.println(injected.diff());
    System.out.println("== 3. Healing: heal fix --project " + dir + " --apply");
    RepairReport report = new RepairEngine().repair(RepairOptions.defaults(dir).withApply(true));
    System.out.println("Failing tests:");
    for (Classification c : report.failures()) {
      System.out.println("  " + c.test() + "  [" + c.failureClass() + "] " + c.symptom());
    }
    if (report.status() != RepairStatus.FIXED) {
      System.out.println("Heal could not fix it: " + report.message());
      return 1;
    }
    System.out.println(
        "Patch ("
            + report.patch().template()
            + ", risk "
            + report.patch().risk()
            + "/3, "
            + report.candidatesTried()
            + " candidates, "
            + String.format("%.1f s", report.totalMillis() / 1000.0)
            + "):");
    System.out.println(report.patch().diff());
    if (report.regressionTest() != null) {
      System.out.println(
          "== 4. New regression test "
              + report.regressionTest().path()
              + " (fails before: "
              + report.regressionTest().failsBefore()
              + ", passes after: "
              + report.regressionTest().passesAfter()
              + "):");
      System.out.println(report.regressionTest().source());
    }
    System.out.println("== 5. The suite after the patch (Maven):");
    BuildOutcome after = new MavenBuild().test(dir);
    long passed =
        after.surefire().stream()
            .filter(r -> r.status() == io.heal.repair.TestStatus.PASSED)
            .count();
    long broken = after.surefire().stream().filter(r -> r.status().broken()).count();
    for (TestResult r : after.surefire()) {
      System.out.println("  " + r.status() + "  " + r.id());
    }
    System.out.println(passed + " passed, " + broken + " failed");
    System.out.println("Report: " + dir.resolve("target/heal/heal-report.md"));
    return broken == 0 ? 0 : 1;
  }
}
