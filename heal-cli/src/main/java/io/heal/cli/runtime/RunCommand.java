package io.heal.cli.runtime;

import io.heal.config.HealConfigLoader;
import io.heal.core.spec.HealSpec;
import io.heal.core.time.HealClock;
import io.heal.daemon.Daemon;
import io.heal.probe.ProbeResources;
import io.heal.probe.Probes;
import io.heal.supervisor.ProcessLauncher;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code heal run -c heal.yaml}: supervise and heal the configured services until SIGTERM or
 * SIGINT, then stop them in reverse dependency order, process groups and all.
 */
@Command(
    name = RunCommand.NAME,
    mixinStandardHelpOptions = true,
    description = "Supervise and heal the services in a config file until stopped.")
public final class RunCommand implements Callable<Integer> {

  /** The command's name under {@code heal}. */
  public static final String NAME = "run";

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      defaultValue = HealConfigLoader.DEFAULT_FILE,
      description = "The config file (default: ${DEFAULT-VALUE}).")
  Path config;

  @Override
  public Integer call() throws Exception {
    java.util.Optional<HealSpec> loaded =
        ConfigFiles.load(
            config, new java.io.PrintWriter(System.err, true), "; Heal does not start");
    if (loaded.isEmpty()) {
      return 1;
    }
    HealSpec spec = loaded.get();
    HealClock clock = HealClock.system();
    ProbeResources probes = ProbeResources.create();
    Daemon daemon =
        Daemon.start(
            spec,
            (service, probe) -> Probes.create(service, probe, clock, probes),
            clock,
            true,
            e ->
                System.out.printf(
                    "%s %-10s %-9s %s%n",
                    DateTimeFormatter.ISO_INSTANT.format(e.at()),
                    e.service(),
                    e.type(),
                    e.message()));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("heal: stopping every service");
                  daemon.close();
                  probes.close();
                  stopped.countDown();
                },
                "heal-shutdown"));
    System.out.printf(
        "heal: supervising %d service%s; control at %s; data in %s; Ctrl-C stops%n",
        spec.services().size(),
        spec.services().size() == 1 ? "" : "s",
        daemon.controlUrl(),
        spec.dataDir());
    System.out.println("heal: children: " + ProcessLauncher.describeDefault());
    stopped.await();
    return 0;
  }
}
