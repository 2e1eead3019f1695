package io.heal.cli.detect;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Score a detector on a NAB-layout folder. */
@Command(
    name = "nab",
    mixinStandardHelpOptions = true,
    description = "Score a detector on a NAB-layout folder.")
public final class BenchNabCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.err.println("heal nab: not built yet");
    return 2;
  }
}
