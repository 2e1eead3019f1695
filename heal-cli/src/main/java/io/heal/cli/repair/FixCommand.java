package io.heal.cli.repair;

import io.heal.repair.RepairEngine;
import io.heal.repair.RepairOptions;
import io.heal.repair.TestId;
import io.heal.repair.report.RepairReport;
import io.heal.repair.report.RepairStatus;
import io.heal.repair.report.ReportWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Find why a Java project's tests fail and propose a validated patch. */
@Command(
    name = "fix",
    mixinStandardHelpOptions = true,
    description = "Find why a Java project's tests fail and propose a validated patch.")
public final class FixCommand implements Callable<Integer> {

  @Option(names = "--project", required = true, description = "The Maven project directory.")
  Path project;

  @Option(
      names = "--test",
      description = "Only repair this failing test (Class#method); repeatable.")
  List<String> tests = new ArrayList<>();

  @Option(
      names = "--apply",
      description = "Write the patch and the regression test into the project.")
  boolean apply;

  @Option(
      names = "--out",
      description = "Where the diff, test and report go (default: PROJECT/target/heal).")
  Path out;

  @Option(
      names = "--max-candidates",
      defaultValue = "600",
      description = "Candidate budget (default ${DEFAULT-VALUE}).")
  int maxCandidates;

  @Option(
      names = "--time-budget",
      defaultValue = "150",
      description = "Validation wall time in seconds (default ${DEFAULT-VALUE}).")
  long timeBudgetSeconds;

  @Option(
      names = "--alternatives",
      defaultValue = "15",
      description =
          "Extra candidates tried after a fix, to find alternatives (default ${DEFAULT-VALUE}).")
  int alternatives;

  @Option(
      names = "--max-patches",
      defaultValue = "1",
      description = "Validated patches to find before stopping (default ${DEFAULT-VALUE}).")
  int maxPatches;

  @Option(names = "--quiet", description = "Print only the one-line outcome.")
  boolean quiet;

  @Option(
      names = "--llm-endpoint",
      description = "OpenAI-compatible API base (e.g. http://127.0.0.1:8080/v1); off when absent.")
  java.net.URI llmEndpoint;

  @Option(
      names = "--llm-model",
      defaultValue = "default",
      description = "Model name for --llm-endpoint.")
  String llmModel;

  @Option(
      names = "--llm-key-env",
      defaultValue = "HEAL_LLM_API_KEY",
      description = "Environment variable holding the API key (default ${DEFAULT-VALUE}).")
  String llmKeyEnv;

  @Override
  public Integer call() throws Exception {
    List<TestId> only = new ArrayList<>();
    for (String t : tests) {
      only.add(TestId.parse(t));
    }
    RepairOptions options =
        RepairOptions.defaults(project)
            .withOnlyTests(only)
            .withApply(apply)
            .withOutDir(out == null ? project.toAbsolutePath().resolve("target/heal") : out)
            .withBudget(maxCandidates, Duration.ofSeconds(timeBudgetSeconds))
            .withAlternativesBudget(alternatives)
            .withMaxPatches(maxPatches);
    List<io.heal.repair.spi.PatchGenerator> generators = new ArrayList<>();
    generators.add(new io.heal.repair.generate.TemplateGenerator());
    if (llmEndpoint != null) {
      generators.add(
          new io.heal.repair.llm.LlmPatchGenerator(
              new io.heal.repair.llm.LlmConfig(
                  llmEndpoint,
                  llmModel,
                  System.getenv(llmKeyEnv),
                  io.heal.repair.llm.LlmConfig.DEFAULT_TIMEOUT,
                  io.heal.repair.llm.LlmConfig.DEFAULT_CHOICES)));
    }
    RepairReport report =
        new RepairEngine(new io.heal.repair.run.MavenBuild(), generators).repair(options);
    if (quiet) {
      System.out.println(report.status() + ": " + report.message());
    } else {
      System.out.println(new ReportWriter().markdown(report));
      System.out.println(
          "Report: " + options.outDir().resolve("heal-report.md") + " and heal-report.json");
    }
    return report.status() == RepairStatus.FIXED || report.status() == RepairStatus.ALL_PASS
        ? 0
        : 1;
  }
}
