package io.heal.cli.runtime;

import io.heal.daemon.http.ControlException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code heal restart NAME}: Restart a service, also one marked FAILED. */
@Command(
    name = "restart",
    mixinStandardHelpOptions = true,
    description = "Restart a service, also one marked FAILED.")
public final class RestartCommand implements Callable<Integer> {

  @Mixin DaemonTarget target;

  @Parameters(index = "0", paramLabel = "SERVICE", description = "The service's name.")
  String service;

  @Override
  public Integer call() {
    try {
      System.out.println(target.client().restart(service));
      return 0;
    } catch (ControlException e) {
      System.err.println("heal restart: " + e.getMessage());
      return 1;
    }
  }
}
