package io.heal.cli.runtime;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Show each service's state, release, restarts and last incident. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Show each service's state, release, restarts and last incident.")
public final class StatusCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.err.println("heal status: not built yet");
    return 2;
  }
}
