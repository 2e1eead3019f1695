package io.heal.cli.runtime;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Roll a service back to its known-good release. */
@Command(
    name = "rollback",
    mixinStandardHelpOptions = true,
    description = "Roll a service back to its known-good release.")
public final class RollbackCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.err.println("heal rollback: not built yet");
    return 2;
  }
}
