package io.heal.cli.runtime;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Check a config file and report every error, starting nothing. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check a config file and report every error, starting nothing.")
public final class ValidateCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.err.println("heal validate: not built yet");
    return 2;
  }
}
