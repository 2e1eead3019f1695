package io.heal.cli.repair;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Inject a known bug into a Java project. */
@Command(
    name = "inject",
    mixinStandardHelpOptions = true,
    description = "Inject a known bug into a Java project.")
public final class InjectCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.err.println("heal inject: not built yet");
    return 2;
  }
}
