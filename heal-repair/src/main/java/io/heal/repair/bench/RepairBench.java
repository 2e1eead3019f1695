package io.heal.repair.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.heal.repair.RepairEngine;
import io.heal.repair.RepairOptions;
import io.heal.repair.report.RepairReport;
import io.heal.repair.report.RepairStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs the engine over every program of a corpus, each in a fresh copy (the corpus is never
 * written), and judges the results against the reference fixes.
 */
public final class RepairBench {

  private final RepairEngine engine;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * A bench over an engine.
   *
   * @param engine the engine to measure
   */
  public RepairBench(RepairEngine engine) {
    this.engine = engine;
  }

  /**
   * Lists the programs of a corpus (directories with a {@code bug.json}), sorted by id.
   *
   * @param corpus the corpus directory
   * @return program directories
   * @throws IOException when the directory cannot be listed
   */
  public static List<Path> programs(Path corpus) throws IOException {
    try (Stream<Path> list = Files.list(corpus)) {
      return list.filter(p -> Files.exists(p.resolve("bug.json"))).sorted().toList();
    }
  }

  /**
   * Repairs and judges one program.
   *
   * @param program the program directory
   * @param options options applied to each repair (project and output are replaced)
   * @param work a scratch directory
   * @return the verdict
   * @throws IOException when the copy or the report cannot be written
   */
  public BugResult run(Path program, RepairOptions options, Path work) throws IOException {
    JsonNode bug = json.readTree(program.resolve("bug.json").toFile());
    String id = bug.path("id").asText(program.getFileName().toString());
    String category = bug.path("category").asText("");
    boolean fixable = bug.path("templateFixable").asBoolean(true);
    Path copy = work.resolve(id);
    copyTree(program, copy);
    long start = System.nanoTime();
    RepairReport report;
    try {
      report =
          engine.repair(
              new RepairOptions(
                  copy,
                  List.of(),
                  false,
                  work.resolve(id + "-report"),
                  options.maxCandidates(),
                  options.timeBudget(),
                  1,
                  options.alternativesBudget(),
                  options.testTimeout(),
                  options.spectrum()));
    } catch (IOException | RuntimeException e) {
      double s = (System.nanoTime() - start) / 1e9;
      return new BugResult(
          id,
          category,
          fixable,
          "ERROR",
          false,
          false,
          "",
          -1,
          0,
          s,
          String.valueOf(e.getMessage()),
          "");
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    boolean plausible = report.status() == RepairStatus.FIXED;
    boolean correct = false;
    String note = report.status() == RepairStatus.FIXED ? "" : report.message();
    if (plausible && Files.exists(program.resolve("fix.diff"))) {
      try {
        Map<String, String> reference = ReferenceFix.apply(program, program.resolve("fix.diff"));
        String file = report.patch().file();
        String ours = patched(work.resolve(id + "-report"), report);
        correct =
            reference.size() == 1
                && reference.containsKey(file)
                && ReferenceFix.sameTree(ours, reference.get(file));
      } catch (IOException e) {
        note = "reference fix does not apply: " + e.getMessage();
      }
      if (!correct && note.isEmpty()) {
        note = "differs from the reference fix";
      }
    }
    return new BugResult(
        id,
        category,
        fixable,
        report.status().name(),
        plausible,
        correct,
        plausible ? report.patch().template() : "",
        plausible ? report.patch().risk() : -1,
        report.candidatesTried(),
        seconds,
        note,
        plausible ? report.patch().diff() : "");
  }

  private static String patched(Path outDir, RepairReport report) throws IOException {
    String file = report.patch().file().substring("src/main/java/".length());
    return Files.readString(outDir.resolve("patched").resolve(file));
  }

  /**
   * Runs every program.
   *
   * @param corpus the corpus directory
   * @param only ids to run, empty for all
   * @param options repair options
   * @param progress called with each verdict as it comes
   * @return the verdicts
   * @throws IOException when scratch space cannot be made
   */
  public List<BugResult> runAll(
      Path corpus, List<String> only, RepairOptions options, Consumer<BugResult> progress)
      throws IOException {
    Path work = Files.createTempDirectory("heal-bench-repair");
    List<BugResult> results = new ArrayList<>();
    try {
      for (Path program : programs(corpus)) {
        if (!only.isEmpty() && !only.contains(program.getFileName().toString())) {
          continue;
        }
        BugResult r = run(program, options, work);
        results.add(r);
        progress.accept(r);
      }
    } finally {
      try (Stream<Path> walk = Files.walk(work)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return results;
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path rel = from.relativize(p);
        if (rel.startsWith("target")) {
          continue;
        }
        Path dest = to.resolve(rel.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
