package io.heal.cli.bench;

import io.heal.cli.detect.BenchNabCommand;
import io.heal.cli.repair.BenchRepairCommand;
import io.heal.cli.runtime.BenchOverheadCommand;
import io.heal.cli.runtime.BenchRecoveryCommand;
import io.heal.cli.runtime.BenchStormCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Groups the benchmarks. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks that print figures: recovery, storm, overhead, nab, repair.",
    subcommands = {
      BenchRecoveryCommand.class,
      BenchStormCommand.class,
      BenchOverheadCommand.class,
      BenchNabCommand.class,
      BenchRepairCommand.class
    })
public final class BenchCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
