package io.heal.cli.runtime;

import io.heal.daemon.http.ControlException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code heal deploy NAME VERSION}: switch a running service to another release. Once it has stayed
 * healthy for its promotion period it becomes the known-good release; if it fails first, Heal rolls
 * it back.
 */
@Command(
    name = "deploy",
    mixinStandardHelpOptions = true,
    description = "Switch a running service to another release (rolled back if it fails).")
public final class DeployCommand implements Callable<Integer> {

  @Mixin DaemonTarget target;

  @Parameters(index = "0", paramLabel = "SERVICE", description = "The service's name.")
  String service;

  @Parameters(index = "1", paramLabel = "VERSION", description = "A release declared for it.")
  String version;

  @Override
  public Integer call() {
    try {
      System.out.println(target.client().deploy(service, version));
      return 0;
    } catch (ControlException e) {
      System.err.println("heal deploy: " + e.getMessage());
      return 1;
    }
  }
}
