package io.heal.repair;

import io.heal.repair.classify.Classification;
import io.heal.repair.classify.FailureClass;
import io.heal.repair.classify.FailureClassifier;
import io.heal.repair.generate.TemplateGenerator;
import io.heal.repair.localise.Location;
import io.heal.repair.report.RepairReport;
import io.heal.repair.run.BuildOutcome;
import io.heal.repair.run.MavenBuild;
import io.heal.repair.run.MavenProject;
import io.heal.repair.run.ProjectBuilder;
import io.heal.repair.spi.Candidate;
import io.heal.repair.spi.PatchGenerator;
import io.heal.repair.spi.RepairContext;
import io.heal.repair.validate.CandidateValidator;
import io.heal.repair.validate.ForkedTestRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Code healing end to end: run the tests with Maven once, classify the failures, localise the
 * fault, generate candidates, validate them without Maven, gate them, write a regression test and
 * the report. Leaves the project's sources untouched unless asked to apply. Not thread-safe: one
 * repair at a time per engine.
 */
public final class RepairEngine {

  /** How long the baseline run gives one test class. */
  public static final Duration DEFAULT_BASELINE_TIMEOUT = Duration.ofSeconds(30);

  /** The least time one test gets while validating a candidate. */
  public static final Duration DEFAULT_MIN_TEST_TIMEOUT = Duration.ofSeconds(1);

  private final ProjectBuilder maven;
  private final List<PatchGenerator> generators;

  /** An engine with the built-in templates only. */
  public RepairEngine() {
    this(new MavenBuild(), List.of(new TemplateGenerator()));
  }

  /**
   * An engine with chosen generators.
   *
   * @param maven the build that runs the tests once (Maven in production)
   * @param generators the patch generators, asked in order
   */
  public RepairEngine(ProjectBuilder maven, List<PatchGenerator> generators) {
    if (generators == null || generators.isEmpty()) {
      throw new IllegalArgumentException("generators: must not be empty, found " + generators);
    }
    this.maven = maven;
    this.generators = List.copyOf(generators);
  }

  /**
   * Repairs a project.
   *
   * @param options what to repair and how
   * @return the report (also written to the output directory)
   * @throws IOException when Maven or the test JVM cannot run
   */
  public RepairReport repair(RepairOptions options) throws IOException {
    long start = System.nanoTime();
    Map<String, Long> timings = new LinkedHashMap<>();
    Path root = options.project().toAbsolutePath().normalize();
    BuildOutcome build = maven.test(root);
    timings.put("maven", build.took().toMillis());
    ReportBuilder rb = new ReportBuilder(root, options, timings, start);
    if (!build.compiled()) {
      return rb.compileError(build.compileErrors());
    }
    MavenProject project = build.project();
    Path scratch = Files.createTempDirectory("heal-repair");
    try (ForkedTestRunner runner = new ForkedTestRunner(project, scratch, null)) {
      long t = System.nanoTime();
      List<String> suite = suite(project, build.surefire());
      List<TestResult> baseline = runner.run(suite, null, DEFAULT_BASELINE_TIMEOUT, null, false);
      timings.put("baseline", millisSince(t));
      List<TestResult> failingResults = failing(baseline, build.surefire(), options.onlyTests());
      if (failingResults.isEmpty()) {
        return rb.allPass(baseline.size());
      }
      FailureClassifier classifier = new FailureClassifier();
      List<Classification> failures = new ArrayList<>();
      failingResults.forEach(r -> failures.add(classifier.classify(r)));
      FailureClass primary = primary(failures);
      t = System.nanoTime();
      List<Location> locations = Localisation.stack(project, failures);
      boolean spectrumFirst = options.spectrum() && Localisation.needsSpectrum(primary, locations);
      if (spectrumFirst) {
        locations = concat(locations, Localisation.spectrum(project, scratch, baseline, locations));
      }
      timings.put("localise", millisSince(t));
      List<String> literals =
          TestLiterals.of(
              project.testSources(), failingResults.stream().map(TestResult::id).toList());
      Set<TestId> passedBefore = new HashSet<>();
      baseline.stream()
          .filter(r -> r.status() == TestStatus.PASSED)
          .forEach(r -> passedBefore.add(r.id()));
      List<TestId> failingIds = failingResults.stream().map(TestResult::id).toList();
      try (CandidateValidator validator =
          new CandidateValidator(
              project,
              runner,
              scratch,
              failingIds,
              suite,
              passedBefore,
              testTimeout(options, baseline))) {
        Search search = new Search(options, validator, locations, failingResults);
        int generated =
            phase(search, context(project, failures, primary, locations, literals), rb, timings);
        if ((search.best() == null || search.bestScore() > 0)
            && options.spectrum()
            && !spectrumFirst) {
          search.newPhase();
          t = System.nanoTime();
          List<Location> more = Localisation.spectrum(project, scratch, baseline, locations);
          timings.merge("localise", millisSince(t), Long::sum);
          locations = concat(locations, more);
          search.locations(locations);
          generated +=
              phase(search, context(project, failures, primary, more, literals), rb, timings);
        }
        if (search.best() == null) {
          generated += pairs(project, search, timings);
        }
        rb.failures(failures, primary, locations, generated);
        if (search.best() == null) {
          return rb.notFixed(search);
        }
        t = System.nanoTime();
        Regression regression =
            Regression.write(
                project, runner, scratch, failingIds, search.best(), failures.get(0).symptom());
        timings.put("regression-test", millisSince(t));
        return rb.fixed(search, regression);
      }
    } finally {
      deleteQuietly(scratch);
    }
  }

  private int phase(
      Search search, RepairContext context, ReportBuilder rb, Map<String, Long> timings)
      throws IOException {
    long t = System.nanoTime();
    List<Candidate> candidates = new ArrayList<>();
    for (PatchGenerator g : generators) {
      try {
        candidates.addAll(g.generate(context));
      } catch (RuntimeException e) {
        rb.note("generator " + g.name() + " failed: " + e.getMessage());
      }
    }
    timings.merge("generate", millisSince(t), Long::sum);
    t = System.nanoTime();
    search.run(candidates);
    timings.merge("validate", millisSince(t), Long::sum);
    return candidates.size();
  }

  /** Tries two-edit candidates made of the partial fixes the single-edit phases found. */
  private static int pairs(MavenProject project, Search search, Map<String, Long> timings)
      throws IOException {
    long t = System.nanoTime();
    Map<String, String> sources = new HashMap<>();
    List<Candidate> pairs =
        EditPairs.of(
            search.partials(),
            file ->
                sources.computeIfAbsent(file, f -> readQuietly(project.mainSources().resolve(f))));
    timings.merge("generate", millisSince(t), Long::sum);
    t = System.nanoTime();
    search.newPhase();
    search.run(pairs);
    timings.merge("validate", millisSince(t), Long::sum);
    return pairs.size();
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return null;
    }
  }

  private static RepairContext context(
      MavenProject project,
      List<Classification> failures,
      FailureClass primary,
      List<Location> locations,
      List<String> literals) {
    return new RepairContext(
        project.mainSources(), project.testSources(), failures, primary, locations, literals);
  }

  private static List<Location> concat(List<Location> a, List<Location> b) {
    List<Location> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /**
   * The per-test limit while validating: generous against the slowest test that passed in the
   * baseline, never above the configured one, so a candidate that loops costs little.
   */
  static Duration testTimeout(RepairOptions options, List<TestResult> baseline) {
    long slowest = -1;
    for (TestResult r : baseline) {
      if (r.status() == TestStatus.PASSED) {
        slowest = Math.max(slowest, r.millis());
      }
    }
    if (slowest < 0) {
      return options.testTimeout();
    }
    Duration adaptive =
        Duration.ofMillis(Math.max(DEFAULT_MIN_TEST_TIMEOUT.toMillis(), 20 * slowest));
    return adaptive.compareTo(options.testTimeout()) < 0 ? adaptive : options.testTimeout();
  }

  private static List<String> suite(MavenProject project, List<TestResult> surefire)
      throws IOException {
    Set<String> classes = new LinkedHashSet<>();
    surefire.forEach(r -> classes.add(r.id().className()));
    if (classes.isEmpty() && Files.isDirectory(project.testClasses())) {
      try (Stream<Path> walk = Files.walk(project.testClasses())) {
        walk.map(p -> project.testClasses().relativize(p).toString())
            .filter(p -> p.endsWith(".class") && !p.contains("$"))
            .map(p -> p.substring(0, p.length() - 6).replace('/', '.'))
            .filter(
                n -> {
                  String s = n.substring(n.lastIndexOf('.') + 1);
                  return s.startsWith("Test")
                      || s.endsWith("Test")
                      || s.endsWith("Tests")
                      || s.endsWith("TestCase");
                })
            .sorted()
            .forEach(classes::add);
      }
    }
    return new ArrayList<>(classes);
  }

  private static List<TestResult> failing(
      List<TestResult> baseline, List<TestResult> surefire, List<TestId> only) {
    Map<TestId, TestResult> byId = new LinkedHashMap<>();
    baseline.forEach(r -> byId.put(r.id(), r));
    for (TestResult r : surefire) {
      if (r.status().broken() && !byId.containsKey(r.id())) {
        byId.put(r.id(), r);
      }
    }
    List<TestResult> out = new ArrayList<>();
    for (TestResult r : byId.values()) {
      if (r.status().broken() && (only.isEmpty() || only.contains(r.id()))) {
        out.add(r);
      }
    }
    return out;
  }

  private static FailureClass primary(List<Classification> failures) {
    Map<FailureClass, Integer> counts = new HashMap<>();
    failures.forEach(c -> counts.merge(c.failureClass(), 1, Integer::sum));
    FailureClass best = failures.get(0).failureClass();
    for (Map.Entry<FailureClass, Integer> e : counts.entrySet()) {
      if (e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // scratch space only; a leftover temp directory is harmless
    }
  }
}
