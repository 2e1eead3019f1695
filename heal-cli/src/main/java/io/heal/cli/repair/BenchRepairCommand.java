package io.heal.cli.repair;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Run heal fix over a corpus of seeded bugs and print the results. */
@Command(
    name = "repair",
    mixinStandardHelpOptions = true,
    description = "Run heal fix over a corpus of seeded bugs and print the results.")
public final class BenchRepairCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.err.println("heal repair: not built yet");
    return 2;
  }
}
