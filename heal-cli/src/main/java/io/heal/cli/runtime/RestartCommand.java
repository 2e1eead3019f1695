package io.heal.cli.runtime;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Restart a service, also one marked FAILED. */
@Command(
    name = "restart",
    mixinStandardHelpOptions = true,
    description = "Restart a service, also one marked FAILED.")
public final class RestartCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.err.println("heal restart: not built yet");
    return 2;
  }
}
