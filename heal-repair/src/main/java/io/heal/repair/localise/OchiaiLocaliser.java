package io.heal.repair.localise;

import io.heal.repair.TestId;
import io.heal.repair.TestResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.ISourceFileCoverage;
import org.jacoco.core.tools.ExecFileLoader;

/**
 * Spectrum-based fault localisation: Ochiai suspiciousness {@code failed(s) / sqrt(totalFailed *
 * (failed(s) + passed(s)))} over per-test line coverage read from JaCoCo execution data.
 */
public final class OchiaiLocaliser {

  /**
   * Ranks lines from per-test coverage.
   *
   * @param coverage covered lines ({@code file:line}) per test
   * @param results the tests' outcomes
   * @return lines covered by at least one failing test, most suspicious first
   */
  public List<Location> rank(Map<TestId, Set<String>> coverage, List<TestResult> results) {
    Set<TestId> failing = new HashSet<>();
    for (TestResult r : results) {
      if (r.status().broken()) {
        failing.add(r.id());
      }
    }
    Map<String, int[]> counts = new HashMap<>();
    for (Map.Entry<TestId, Set<String>> e : coverage.entrySet()) {
      boolean failed = failing.contains(e.getKey());
      for (String line : e.getValue()) {
        counts.computeIfAbsent(line, k -> new int[2])[failed ? 0 : 1]++;
      }
    }
    int totalFailed = 0;
    for (TestId t : coverage.keySet()) {
      totalFailed += failing.contains(t) ? 1 : 0;
    }
    List<Location> ranked = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int ef = e.getValue()[0];
      int ep = e.getValue()[1];
      if (ef == 0 || totalFailed == 0) {
        continue;
      }
      double score = ef / Math.sqrt((double) totalFailed * (ef + ep));
      int colon = e.getKey().lastIndexOf(':');
      ranked.add(
          new Location(
              e.getKey().substring(0, colon),
              Integer.parseInt(e.getKey().substring(colon + 1)),
              score,
              "ochiai"));
    }
    ranked.sort(
        (a, b) ->
            a.score() != b.score()
                ? Double.compare(b.score(), a.score())
                : a.file().equals(b.file())
                    ? Integer.compare(a.line(), b.line())
                    : a.file().compareTo(b.file()));
    return ranked;
  }

  /**
   * Reads the per-unit execution data the forked runner wrote ({@code N.exec} with {@code N.unit}
   * naming the test) and analyses it against the project's classes.
   *
   * @param coverDir the directory of execution data
   * @param classes the project's {@code target/classes}
   * @return covered lines ({@code file:line}) per test
   * @throws IOException when the data cannot be read
   */
  public static Map<TestId, Set<String>> readCoverage(Path coverDir, Path classes)
      throws IOException {
    Map<TestId, Set<String>> coverage = new HashMap<>();
    List<Path> units;
    try (java.util.stream.Stream<Path> list = Files.list(coverDir)) {
      units = list.filter(p -> p.toString().endsWith(".unit")).sorted().toList();
    }
    for (Path unitFile : units) {
      String unit = Files.readString(unitFile).trim();
      Path exec = Path.of(unitFile.toString().replaceAll("\\.unit$", ".exec"));
      if (!unit.contains("#")) {
        continue;
      }
      ExecFileLoader loader = new ExecFileLoader();
      loader.load(exec.toFile());
      CoverageBuilder builder = new CoverageBuilder();
      new Analyzer(loader.getExecutionDataStore(), builder).analyzeAll(classes.toFile());
      Set<String> lines = new HashSet<>();
      for (ISourceFileCoverage file : builder.getSourceFiles()) {
        String path =
            (file.getPackageName().isEmpty() ? "" : file.getPackageName() + "/") + file.getName();
        for (int l = file.getFirstLine(); l <= file.getLastLine() && l > 0; l++) {
          int status = file.getLine(l).getStatus();
          if (status == ICounter.FULLY_COVERED || status == ICounter.PARTLY_COVERED) {
            lines.add(path + ":" + l);
          }
        }
      }
      coverage.put(TestId.parse(unit), lines);
    }
    return coverage;
  }
}
