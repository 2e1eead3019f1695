package io.heal.cli.runtime;

import io.heal.cli.demo.RecoveryBench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code heal bench recovery}: time-to-detect and time-to-recover per fault. */
@Command(
    name = "recovery",
    mixinStandardHelpOptions = true,
    description =
        "Measure time-to-detect and time-to-recover per fault against the sample service.")
public final class BenchRecoveryCommand implements Callable<Integer> {

  @Option(
      names = {"-n", "--trials"},
      defaultValue = "20",
      description = "Trials per fault (default: ${DEFAULT-VALUE}).")
  int trials;

  @Option(
      names = "--faults",
      split = ",",
      defaultValue = "crash,hang,unhealthy,bad-release",
      description = "Faults to inject, comma-separated (default: ${DEFAULT-VALUE}).")
  List<String> faults;

  @Override
  public Integer call() throws Exception {
    if (trials < 1) {
      System.err.println("heal bench recovery: --trials must be at least 1, found " + trials);
      return 2;
    }
    try {
      RecoveryBench.checkFaults(faults);
    } catch (IllegalArgumentException e) {
      System.err.println("heal bench recovery: " + e.getMessage());
      return 2;
    }
    java.util.logging.Logger.getLogger("heal").setLevel(java.util.logging.Level.SEVERE);
    Path data = Files.createTempDirectory("heal-bench-");
    System.out.printf("Recovery benchmark: %d trials per fault; data in %s%n", trials, data);
    new RecoveryBench(System.out, trials, data, faults).run();
    return 0;
  }
}
