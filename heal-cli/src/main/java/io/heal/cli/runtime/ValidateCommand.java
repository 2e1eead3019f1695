package io.heal.cli.runtime;

import io.heal.config.HealConfigLoader;
import io.heal.core.spec.HealSpec;
import io.heal.core.spec.ServiceSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Check a config file and report every error, starting nothing. Prints {@code heal.yaml: OK (2
 * services: ledger, api)} and exits 0, or {@code heal.yaml: 3 errors} and each error on its own
 * line on stderr and exits 1.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check a config file and report every error, starting nothing.")
public final class ValidateCommand implements Callable<Integer> {

  /** Exit code when the config is valid. */
  public static final int EXIT_VALID = 0;

  /** Exit code when the config is invalid or cannot be read. */
  public static final int EXIT_INVALID = 1;

  @Spec CommandSpec spec;

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      defaultValue = HealConfigLoader.DEFAULT_FILE,
      description = "The config file (default: ${DEFAULT-VALUE} in the current directory).")
  Path config;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<HealSpec> loaded = ConfigFiles.load(config, err, "");
    if (loaded.isEmpty()) {
      return EXIT_INVALID;
    }
    List<ServiceSpec> services = loaded.get().services();
    out.println(
        config
            + ": OK ("
            + count(services.size(), "service")
            + ": "
            + services.stream().map(ServiceSpec::name).collect(Collectors.joining(", "))
            + loaded
                .get()
                .repair()
                .llm()
                .map(llm -> "; heal fix asks " + llm.model() + " at " + llm.endpoint())
                .orElse("")
            + ")");
    out.flush();
    return EXIT_VALID;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
