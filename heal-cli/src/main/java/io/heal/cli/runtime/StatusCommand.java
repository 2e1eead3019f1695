package io.heal.cli.runtime;

import io.heal.core.service.ServiceStatus;
import io.heal.daemon.http.ControlException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code heal status}: each service's state, release, restarts and last incident. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Show each service's state, release, restarts and last incident.")
public final class StatusCommand implements Callable<Integer> {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  @Mixin DaemonTarget target;

  @Override
  public Integer call() {
    try {
      List<ServiceStatus> services = target.client().services();
      System.out.print(render(services));
      return 0;
    } catch (ControlException e) {
      System.err.println("heal status: " + e.getMessage());
      return 1;
    }
  }

  static String render(List<ServiceStatus> services) {
    String format = "%-14s %-9s %-9s %-10s %-8s %-8s %-9s %s%n";
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            format,
            "SERVICE",
            "STATE",
            "RELEASE",
            "KNOWN-GOOD",
            "PID",
            "RESTARTS",
            "SINCE",
            "LAST INCIDENT"));
    for (ServiceStatus s : services) {
      b.append(
          String.format(
              format,
              s.name(),
              s.state(),
              s.release(),
              s.knownGoodRelease(),
              s.pid().map(String::valueOf).orElse("-"),
              s.restarts(),
              TIME.format(s.since()),
              s.lastIncidentId().orElse("-")));
    }
    return b.toString();
  }
}
