package io.heal.repair;

import io.heal.repair.classify.Classification;
import io.heal.repair.classify.FailureClass;
import io.heal.repair.gate.Risk;
import io.heal.repair.localise.Location;
import io.heal.repair.report.Patch;
import io.heal.repair.report.RegressionTest;
import io.heal.repair.report.RepairReport;
import io.heal.repair.report.RepairStatus;
import io.heal.repair.report.ReportWriter;
import io.heal.repair.spi.Candidate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Assembles the report, writes the diff, the regression test and the report files, and applies. */
final class ReportBuilder {

  /** How many locations the report lists. */
  static final int DEFAULT_REPORTED_LOCATIONS = 10;

  private final Path root;
  private final RepairOptions options;
  private final Map<String, Long> timings;
  private final long start;
  private final List<String> notes = new ArrayList<>();
  private List<Classification> failures = List.of();
  private FailureClass primary;
  private List<Location> locations = List.of();
  private int generated;

  ReportBuilder(Path root, RepairOptions options, Map<String, Long> timings, long start) {
    this.root = root;
    this.options = options;
    this.timings = timings;
    this.start = start;
  }

  void note(String note) {
    notes.add(note);
  }

  void failures(List<Classification> f, FailureClass p, List<Location> l, int candidates) {
    failures = f;
    primary = p;
    locations = l.subList(0, Math.min(DEFAULT_REPORTED_LOCATIONS, l.size()));
    generated = candidates;
  }

  RepairReport compileError(List<String> errors) throws IOException {
    return finish(
        new Outcome(RepairStatus.COMPILE_ERROR, "the project does not compile: " + errors.get(0)),
        errors,
        0,
        List.of(),
        null,
        List.of(),
        List.of(),
        false,
        null,
        false);
  }

  RepairReport allPass(int tests) throws IOException {
    return finish(
        new Outcome(RepairStatus.ALL_PASS, "all " + tests + " tests pass; nothing to repair"),
        List.of(),
        0,
        List.of(),
        null,
        List.of(),
        List.of(),
        false,
        null,
        false);
  }

  RepairReport notFixed(Search search) throws IOException {
    String why =
        search.budgetExhausted() ? "budget exhausted" : "no candidate made every test pass";
    return finish(
        new Outcome(RepairStatus.NOT_FIXED, why + " after " + search.count() + " candidates"),
        List.of(),
        search.count(),
        search.tried(),
        null,
        List.of(),
        search.rejected(),
        false,
        null,
        false);
  }

  RepairReport fixed(Search search, Regression regression) throws IOException {
    Candidate best = search.best();
    Patch patch = patch(best, search.risk(best), search);
    List<Patch> alternatives = new ArrayList<>();
    for (Candidate c : search.plausible()) {
      if (c != best) {
        alternatives.add(patch(c, search.risk(c), search));
      }
    }
    Files.createDirectories(options.outDir());
    String diff = patch.diff();
    RegressionTest test = null;
    if (regression.written() != null) {
      String path = "src/test/java/" + regression.written().path();
      test =
          new RegressionTest(
              path,
              regression.written().source(),
              regression.failsBefore(),
              regression.passesAfter());
      diff += ReportWriter.diff(path, null, regression.written().source());
      Path copy = options.outDir().resolve(Path.of(regression.written().path()).getFileName());
      Files.writeString(copy, regression.written().source());
    }
    Files.writeString(options.outDir().resolve("heal.diff"), diff);
    // The patched file itself, for review next to the diff.
    Path patchedCopy = options.outDir().resolve("patched").resolve(best.file());
    Files.createDirectories(patchedCopy.getParent());
    Files.writeString(patchedCopy, best.patchedSource());
    boolean applied = false;
    if (options.apply()) {
      Files.writeString(root.resolve("src/main/java").resolve(best.file()), best.patchedSource());
      if (test != null && test.passesAfter()) {
        Path target = root.resolve(test.path());
        Files.createDirectories(target.getParent());
        Files.writeString(target, test.source());
      }
      applied = true;
    }
    String message =
        "patched "
            + best.file()
            + ":"
            + best.line()
            + " with "
            + best.template()
            + " ("
            + best.description()
            + "), risk "
            + patch.risk()
            + "/3, after "
            + search.count()
            + " candidates";
    return finish(
        new Outcome(RepairStatus.FIXED, message),
        List.of(),
        search.count(),
        search.tried(),
        patch,
        alternatives,
        search.rejected(),
        search.plausible().size() > 1,
        test,
        applied);
  }

  private Patch patch(Candidate c, Risk risk, Search search) throws IOException {
    String rel = "src/main/java/" + c.file();
    String before = Files.readString(root.resolve(rel));
    return new Patch(
        rel,
        c.line(),
        c.generator(),
        c.template(),
        c.description(),
        ReportWriter.diff(rel, before, c.patchedSource()),
        risk.score(),
        risk.reasons());
  }

  private record Outcome(RepairStatus status, String message) {}

  private RepairReport finish(
      Outcome outcome,
      List<String> compileErrors,
      int tried,
      List<io.heal.repair.report.CandidateOutcome> outcomes,
      Patch patch,
      List<Patch> alternatives,
      List<io.heal.repair.report.CandidateOutcome> rejected,
      boolean underSpecified,
      RegressionTest test,
      boolean applied)
      throws IOException {
    String message =
        outcome.message() + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")");
    RepairReport report =
        new RepairReport(
            root.toString(),
            outcome.status(),
            message,
            failures,
            primary == null && !compileErrors.isEmpty() ? FailureClass.COMPILE_ERROR : primary,
            compileErrors,
            locations,
            generated,
            tried,
            outcomes,
            patch,
            alternatives,
            rejected,
            underSpecified,
            test,
            applied,
            timings,
            RepairEngine.millisSince(start));
    new ReportWriter().write(report, options.outDir());
    return report;
  }
}
