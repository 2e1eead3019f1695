package io.heal.cli.repair;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The code-healing demo: inject a bug into a copy of the sample service and heal it. */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description = "Inject a known bug into a copy of the sample service's source and heal it.")
public final class DemoCodeCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.err.println("heal demo code: not built yet");
    return 2;
  }
}
