package io.heal.cli.runtime;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Measure time-to-detect and time-to-recover per fault against the sample service. */
@Command(
    name = "recovery",
    mixinStandardHelpOptions = true,
    description =
        "Measure time-to-detect and time-to-recover per fault against the sample service.")
public final class BenchRecoveryCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.err.println("heal recovery: not built yet");
    return 2;
  }
}
