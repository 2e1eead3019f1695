package io.heal.cli.runtime;

import io.heal.cli.bench.StormBench;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code heal bench storm}: many services killed at once, and how soon each is restarted. */
@Command(
    name = "storm",
    mixinStandardHelpOptions = true,
    description =
        "Kill every one of N supervised processes at once, a few rounds, and measure the time from"
            + " each exit to its detection and restart.")
public final class BenchStormCommand implements Callable<Integer> {

  @Option(
      names = {"-n", "--services"},
      defaultValue = "40",
      description = "Services, each a 'sleep' process (default: ${DEFAULT-VALUE}).")
  int services;

  @Option(
      names = "--rounds",
      defaultValue = "5",
      description = "Times every process is killed (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (services < 1) {
      err.println("heal bench storm: --services must be at least 1, found " + services);
      return 2;
    }
    if (rounds < 1) {
      err.println("heal bench storm: --rounds must be at least 1, found " + rounds);
      return 2;
    }
    Logger.getLogger("heal").setLevel(Level.SEVERE);
    Path data = Files.createTempDirectory("heal-storm-");
    out.printf("Storm benchmark: %d services, %d rounds; data in %s%n", services, rounds, data);
    new StormBench(out, services, rounds, data).run();
    return 0;
  }
}
