package io.heal.cli.runtime;

import io.heal.cli.repair.DemoCodeCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Watch Heal heal real services through five faults. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Watch Heal heal real services through five faults.",
    subcommands = DemoCodeCommand.class)
public final class DemoCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.err.println("heal demo: not built yet");
    return 2;
  }
}
