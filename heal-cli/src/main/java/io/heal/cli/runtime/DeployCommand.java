package io.heal.cli.runtime;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Switch a running service to another release. */
@Command(
    name = "deploy",
    mixinStandardHelpOptions = true,
    description = "Switch a running service to another release.")
public final class DeployCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.err.println("heal deploy: not built yet");
    return 2;
  }
}
