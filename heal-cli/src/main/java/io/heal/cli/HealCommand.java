package io.heal.cli;

import io.heal.cli.bench.BenchCommand;
import io.heal.cli.detect.AnalyzeCommand;
import io.heal.cli.repair.FixCommand;
import io.heal.cli.repair.InjectCommand;
import io.heal.cli.runtime.AuditCommand;
import io.heal.cli.runtime.DemoCommand;
import io.heal.cli.runtime.DeployCommand;
import io.heal.cli.runtime.IncidentsCommand;
import io.heal.cli.runtime.ReportCommand;
import io.heal.cli.runtime.RestartCommand;
import io.heal.cli.runtime.RollbackCommand;
import io.heal.cli.runtime.RunCommand;
import io.heal.cli.runtime.StatusCommand;
import io.heal.cli.runtime.ValidateCommand;
import picocli.CommandLine.Command;

/** The root {@code heal} command: lists its subcommands. */
@Command(
    name = "heal",
    mixinStandardHelpOptions = true,
    version = "heal 0.1.0",
    description = "Heal keeps services alive and heals failing code, and explains what it did.",
    subcommands = {
      DemoCommand.class,
      RunCommand.class,
      ValidateCommand.class,
      StatusCommand.class,
      RestartCommand.class,
      DeployCommand.class,
      RollbackCommand.class,
      IncidentsCommand.class,
      AuditCommand.class,
      ReportCommand.class,
      AnalyzeCommand.class,
      FixCommand.class,
      InjectCommand.class,
      BenchCommand.class
    })
public final class HealCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
