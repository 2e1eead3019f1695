package io.heal.cli.detect;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Run the detectors over a metrics snapshot (JSON) and print the anomalies. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = "Run the detectors over a metrics snapshot (JSON) and print the anomalies.")
public final class AnalyzeCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.err.println("heal analyze: not built yet");
    return 2;
  }
}
