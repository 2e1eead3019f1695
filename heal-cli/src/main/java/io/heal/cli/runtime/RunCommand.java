package io.heal.cli.runtime;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Supervise and heal the services in a config file. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Supervise and heal the services in a config file.")
public final class RunCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.err.println("heal run: not built yet");
    return 2;
  }
}
