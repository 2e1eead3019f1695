package io.heal.cli.repair;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Find why a Java project's tests fail and propose a validated patch. */
@Command(
    name = "fix",
    mixinStandardHelpOptions = true,
    description = "Find why a Java project's tests fail and propose a validated patch.")
public final class FixCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.err.println("heal fix: not built yet");
    return 2;
  }
}
