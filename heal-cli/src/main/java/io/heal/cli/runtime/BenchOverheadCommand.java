package io.heal.cli.runtime;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Measure Heal's CPU and RSS supervising 200 light processes. */
@Command(
    name = "overhead",
    mixinStandardHelpOptions = true,
    description = "Measure Heal's CPU and RSS supervising 200 light processes.")
public final class BenchOverheadCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.err.println("heal overhead: not built yet");
    return 2;
  }
}
