package io.heal.cli.repair;

import io.heal.cli.runtime.ConfigFiles;
import io.heal.config.HealConfigLoader;
import io.heal.core.spec.LlmSpec;
import io.heal.core.spec.RepairSpec;
import io.heal.repair.RepairEngine;
import io.heal.repair.RepairOptions;
import io.heal.repair.TestId;
import io.heal.repair.llm.LlmConfig;
import io.heal.repair.report.RepairReport;
import io.heal.repair.report.RepairStatus;
import io.heal.repair.report.ReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
      names = {"-c", "--config"},
      description =
          "Config file whose repair.llm section names a language model (default: ./heal.yaml if"
              + " there is one; without one, repair uses its templates only).")
  Path config;

  @Option(
      names = "--llm-endpoint",
      description =
          "OpenAI-compatible API base (e.g. http://127.0.0.1:8080/v1); overrides repair.llm.endpoint.")
  java.net.URI llmEndpoint;

  @Option(names = "--llm-model", description = "Model name; overrides repair.llm.model.")
  String llmModel;

  @Option(
      names = "--llm-key-env",
      description =
          "Environment variable holding the API key; overrides repair.llm.api_key_env (default "
              + LlmSpec.DEFAULT_API_KEY_ENV
              + ").")
  String llmKeyEnv;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Optional<RepairSpec> fromFile = repairSection();
    if (fromFile.isEmpty()) {
      return 2;
    }
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
    llm(fromFile.get().llm())
        .ifPresent(c -> generators.add(new io.heal.repair.llm.LlmPatchGenerator(c)));
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

  /** The config file's repair section (offline without a file), or empty after printing why not. */
  private Optional<RepairSpec> repairSection() {
    Path file = config;
    if (file == null && Files.isRegularFile(Path.of(HealConfigLoader.DEFAULT_FILE))) {
      file = Path.of(HealConfigLoader.DEFAULT_FILE);
    }
    if (file == null) {
      return Optional.of(RepairSpec.offline());
    }
    return ConfigFiles.load(
        file, spec.commandLine().getErr(), "; nothing repaired", HealConfigLoader::loadRepair);
  }

  /** The language model to ask: the flags over the config file; none when neither names one. */
  Optional<LlmConfig> llm(Optional<LlmSpec> fromFile) {
    if (llmEndpoint == null && fromFile.isEmpty()) {
      return Optional.empty();
    }
    java.net.URI endpoint = llmEndpoint != null ? llmEndpoint : fromFile.get().endpoint();
    String model =
        llmModel != null ? llmModel : fromFile.map(LlmSpec::model).orElse(LlmSpec.DEFAULT_MODEL);
    String keyEnv =
        llmKeyEnv != null
            ? llmKeyEnv
            : fromFile.map(LlmSpec::apiKeyEnv).orElse(LlmSpec.DEFAULT_API_KEY_ENV);
    return Optional.of(
        new LlmConfig(
            endpoint,
            model,
            System.getenv(keyEnv),
            fromFile.map(LlmSpec::timeout).orElse(LlmConfig.DEFAULT_TIMEOUT),
            fromFile.map(LlmSpec::choices).orElse(LlmConfig.DEFAULT_CHOICES)));
  }
}
