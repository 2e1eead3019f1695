package io.heal.cli.runtime;

import io.heal.daemon.http.ControlException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code heal rollback NAME}: Roll a service back to its known-good release. */
@Command(
    name = "rollback",
    mixinStandardHelpOptions = true,
    description = "Roll a service back to its known-good release.")
public final class RollbackCommand implements Callable<Integer> {

  @Mixin DaemonTarget target;

  @Parameters(index = "0", paramLabel = "SERVICE", description = "The service's name.")
  String service;

  @Override
  public Integer call() {
    try {
      System.out.println(target.client().rollback(service));
      return 0;
    } catch (ControlException e) {
      System.err.println("heal rollback: " + e.getMessage());
      return 1;
    }
  }
}
