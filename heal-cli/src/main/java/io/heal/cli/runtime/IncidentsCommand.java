package io.heal.cli.runtime;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** List incidents, or show one in full. */
@Command(
    name = "incidents",
    mixinStandardHelpOptions = true,
    description = "List incidents, or show one in full.")
public final class IncidentsCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.err.println("heal incidents: not built yet");
    return 2;
  }
}
