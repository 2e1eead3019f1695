package io.heal.cli.repair;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.heal.repair.RepairEngine;
import io.heal.repair.RepairOptions;
import io.heal.repair.bench.BugResult;
import io.heal.repair.bench.RepairBench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Run heal fix over a corpus of seeded bugs and print the results. */
@Command(
    name = "repair",
    mixinStandardHelpOptions = true,
    description = "Run heal fix over a corpus of seeded bugs and print the results.")
public final class BenchRepairCommand implements Callable<Integer> {

  @Option(
      names = "--corpus",
      defaultValue = "corpus/repair",
      description = "The corpus directory (default ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--only", description = "Only this bug id; repeatable.")
  List<String> only = new ArrayList<>();

  @Option(
      names = "--max-candidates",
      defaultValue = "600",
      description = "Candidate budget per bug (default ${DEFAULT-VALUE}).")
  int maxCandidates;

  @Option(
      names = "--time-budget",
      defaultValue = "150",
      description = "Validation seconds per bug (default ${DEFAULT-VALUE}).")
  long timeBudgetSeconds;

  @Option(
      names = "--out",
      description = "Write the results as JSON and Markdown into this directory.")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(corpus)) {
      System.err.println("heal bench repair: --corpus " + corpus + " is not a directory");
      return 2;
    }
    RepairOptions options =
        RepairOptions.defaults(corpus)
            .withBudget(maxCandidates, Duration.ofSeconds(timeBudgetSeconds));
    System.out.printf(
        Locale.ROOT,
        "%-28s %-22s %-9s %-10s %-22s %4s %6s %7s%n",
        "bug",
        "category",
        "fixed",
        "judged",
        "template",
        "risk",
        "tried",
        "time s");
    List<BugResult> results =
        new RepairBench(new RepairEngine())
            .runAll(corpus, only, options, r -> System.out.println(line(r)));
    String summary = summary(results);
    System.out.println();
    System.out.println(summary);
    if (out != null) {
      Files.createDirectories(out);
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(out.resolve("bench-repair.json").toFile(), results);
      StringBuilder md =
          new StringBuilder(
              "# heal bench repair\n\n| bug | category | fixed | judged | template | risk | tried | time s |\n|---|---|---|---|---|---|---|---|\n");
      for (BugResult r : results) {
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s | %s | %s | %d | %.1f |%n",
                r.id(),
                r.category(),
                r.plausible() ? "yes" : "no",
                judged(r),
                r.template(),
                r.risk() < 0 ? "" : r.risk(),
                r.candidates(),
                r.seconds()));
      }
      md.append("\n```\n").append(summary).append("\n```\n");
      Files.writeString(out.resolve("bench-repair.md"), md.toString());
    }
    return 0;
  }

  private static String judged(BugResult r) {
    return r.correct()
        ? "correct"
        : r.plausible() ? "plausible" : r.status().toLowerCase(Locale.ROOT);
  }

  private static String line(BugResult r) {
    return String.format(
        Locale.ROOT,
        "%-28s %-22s %-9s %-10s %-22s %4s %6d %7.1f%s",
        r.id(),
        r.category(),
        r.plausible() ? "yes" : "no",
        judged(r),
        r.template(),
        r.risk() < 0 ? "" : String.valueOf(r.risk()),
        r.candidates(),
        r.seconds(),
        r.note().isEmpty() ? "" : "  (" + r.note() + ")");
  }

  static String summary(List<BugResult> results) {
    int n = results.size();
    long plausible = results.stream().filter(BugResult::plausible).count();
    long correct = results.stream().filter(BugResult::correct).count();
    long fixable = results.stream().filter(BugResult::templateFixable).count();
    long fixableFixed = results.stream().filter(r -> r.templateFixable() && r.plausible()).count();
    double[] times = results.stream().mapToDouble(BugResult::seconds).sorted().toArray();
    double median =
        n == 0 ? 0 : (n % 2 == 1 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2);
    int tried = results.stream().mapToInt(BugResult::candidates).sum();
    return String.format(
        Locale.ROOT,
        "bugs %d | plausible %d (%.0f%%) | correct (same tree as the reference fix) %d (%.0f%%)"
            + " | plausible but different from the reference %d (%.0f%% of plausible)%n"
            + "template-fixable bugs fixed %d/%d | candidates tried %d (mean %.1f) | median time %.1f s | total %.0f s",
        n,
        plausible,
        pct(plausible, n),
        correct,
        pct(correct, n),
        plausible - correct,
        pct(plausible - correct, plausible),
        fixableFixed,
        fixable,
        tried,
        n == 0 ? 0 : (double) tried / n,
        median,
        java.util.Arrays.stream(times).sum());
  }

  private static double pct(long a, long b) {
    return b == 0 ? 0 : 100.0 * a / b;
  }
}
