package io.heal.cli.runtime;

import io.heal.cli.bench.OverheadBench;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code heal bench overhead}: Heal's CPU share and RSS supervising many light processes. */
@Command(
    name = "overhead",
    mixinStandardHelpOptions = true,
    description =
        "Measure Heal's CPU and RSS supervising 200 light processes, without and with probes.")
public final class BenchOverheadCommand implements Callable<Integer> {

  @Option(
      names = "--processes",
      defaultValue = "200",
      description = "Children (default: ${DEFAULT-VALUE}).")
  int processes;

  @Option(
      names = "--seconds",
      defaultValue = "60",
      description = "Measured time per phase (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(
      names = "--phases",
      split = ",",
      defaultValue = "liveness,http,http-close,tcp",
      description =
          "Phases to run, of liveness, http (connection kept between checks), http-close (a new"
              + " connection each check), tcp, and http-kept-bare, http-bare, tcp-bare: the same"
              + " probes by a bare prober instead of Heal, their floor (default: ${DEFAULT-VALUE}).")
  List<String> phases;

  @Option(
      names = "--logging-children",
      description =
          "HTTP children log a line per request, as python3 -m http.server does: Heal then"
              + " captures and reads one log line per HTTP check.")
  boolean loggingChildren;

  @Option(
      names = "--proc-readings",
      description = "Heal reads each child's /proc figures every 5 s, in every phase.")
  boolean procReadings;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (processes < 1 || seconds < 1) {
      err.println(
          "heal bench overhead: --processes and --seconds must be at least 1, found "
              + processes
              + " and "
              + seconds);
      return 2;
    }
    if (!OverheadBench.PHASES.containsAll(phases)) {
      err.println(
          "heal bench overhead: --phases must be of " + OverheadBench.PHASES + ", found " + phases);
      return 2;
    }
    var work = Files.createTempDirectory("heal-overhead-");
    System.out.printf(
        "Overhead benchmark: a separate 'heal run' (JVM flags %s) supervises %d children, %d s per phase; work in %s%n",
        String.join(" ", OverheadBench.DEFAULT_HEAL_JVM_FLAGS), processes, seconds, work);
    System.out.printf(
        "HTTP children %s a line per request; /proc readings %s%n",
        loggingChildren ? "log" : "do not log", procReadings ? "on (every 5 s)" : "off");
    new OverheadBench(
            System.out, processes, Duration.ofSeconds(seconds), work, loggingChildren, procReadings)
        .run(phases);
    return 0;
  }
}
