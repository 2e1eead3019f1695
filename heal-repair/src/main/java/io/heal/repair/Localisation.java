package io.heal.repair;

import io.heal.repair.classify.Classification;
import io.heal.repair.classify.FailureClass;
import io.heal.repair.localise.Location;
import io.heal.repair.localise.OchiaiLocaliser;
import io.heal.repair.localise.StackLocaliser;
import io.heal.repair.run.MavenProject;
import io.heal.repair.validate.ForkedTestRunner;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jacoco.agent.AgentJar;

/** Combines stack-frame localisation with Ochiai over per-test JaCoCo coverage. */
final class Localisation {

  /** At most this many tests get per-test coverage. */
  static final int DEFAULT_MAX_COVERED_TESTS = 400;

  private Localisation() {}

  /** Whether the trace alone cannot point at the bug. */
  static boolean needsSpectrum(FailureClass primary, List<Location> stack) {
    return stack.isEmpty() || primary == FailureClass.ASSERTION || primary == FailureClass.TIMEOUT;
  }

  /** Stack frames in the project's sources, plus the loop and if headers around them. */
  static List<Location> stack(MavenProject project, List<Classification> failures) {
    List<Location> stack = new StackLocaliser().locate(failures, project.mainSources());
    List<Location> merged = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Location l : stack) {
      merged.add(new Location(l.file(), l.line(), 1.0 + l.score(), l.why()));
      seen.add(l.file() + ":" + l.line());
    }
    for (Location l : List.copyOf(merged)) {
      for (int line : ControlContext.headers(project.mainSources().resolve(l.file()), l.line())) {
        if (seen.add(l.file() + ":" + line)) {
          merged.add(new Location(l.file(), line, l.score() - 0.5, "stack-context"));
        }
      }
    }
    merged.sort((a, b) -> Double.compare(b.score(), a.score()));
    return merged;
  }

  /** Ochiai-ranked lines not already in {@code known}. */
  static List<Location> spectrum(
      MavenProject project, Path scratch, List<TestResult> baseline, List<Location> known)
      throws IOException {
    List<Location> merged = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    known.forEach(l -> seen.add(l.file() + ":" + l.line()));
    Path coverDir = Files.createDirectories(scratch.resolve("coverage"));
    File agent = new File(scratch.toFile(), "jacocoagent.jar");
    AgentJar.extractTo(agent);
    List<String> units = new ArrayList<>();
    for (TestResult r : baseline) {
      if (r.status() != TestStatus.SKIPPED
          && !r.id().method().startsWith("<")
          && units.size() < DEFAULT_MAX_COVERED_TESTS) {
        units.add(r.id().toString());
      }
    }
    try (ForkedTestRunner covering =
        new ForkedTestRunner(project, scratch.resolve("cov-runner"), agent.toPath())) {
      covering.run(units, null, Duration.ofSeconds(3), coverDir, false);
    }
    Map<TestId, Set<String>> coverage = OchiaiLocaliser.readCoverage(coverDir, project.classes());
    for (Location l : new OchiaiLocaliser().rank(coverage, baseline)) {
      if (seen.add(l.file() + ":" + l.line())
          && Files.exists(project.mainSources().resolve(l.file()))) {
        merged.add(l);
      }
    }
    return merged;
  }
}
