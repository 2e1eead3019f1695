package io.heal.cli.bench;

import io.heal.cli.demo.EventWaiter;
import io.heal.cli.demo.Stats;
import io.heal.core.incident.Incident;
import io.heal.core.incident.Step;
import io.heal.core.incident.TimelineEntry;
import io.heal.core.service.ServiceState;
import io.heal.core.service.ServiceStatus;
import io.heal.core.spec.ControlSpec;
import io.heal.core.spec.EscalationSpec;
import io.heal.core.spec.HealSpec;
import io.heal.core.spec.RestartPolicySpec;
import io.heal.core.spec.ServiceSpec;
import io.heal.core.spec.StopSpec;
import io.heal.core.time.HealClock;
import io.heal.daemon.Daemon;
import io.heal.daemon.EngineEvent;
import io.heal.daemon.EngineEvent.Type;
import io.heal.probe.ProbeResources;
import io.heal.probe.Probes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code heal bench storm}: many services fail at once, as when a host or a shared dependency goes.
 * Heal supervises N light children ({@code sleep}), and in each round every child is killed with
 * SIGKILL within a millisecond; the figures are, per crash, the time from the exit to Heal's
 * detection and to the restart issued. Between rounds the back-off resets, so every restart is
 * immediate: what remains is Heal's own queueing.
 */
public final class StormBench {

  /** A restart policy with no delay before a run's first restart, that forgets a run quickly. */
  static final RestartPolicySpec STORM_RESTART =
      new RestartPolicySpec(
          Duration.ofMillis(200),
          Duration.ofSeconds(2),
          2.0,
          0.1,
          Duration.ofMillis(500),
          10_000,
          Duration.ofSeconds(60));

  private static final Duration WAIT = Duration.ofSeconds(60);

  private final PrintWriter out;
  private final int services;
  private final int rounds;
  private final Path dataDir;

  public StormBench(PrintWriter out, int services, int rounds, Path dataDir) {
    this.out = out;
    this.services = services;
    this.rounds = rounds;
    this.dataDir = dataDir;
  }

  public void run() throws Exception {
    HealClock clock = HealClock.system();
    EventWaiter waiter = new EventWaiter();
    List<Duration> detect = new ArrayList<>();
    List<Duration> issued = new ArrayList<>();
    try (ProbeResources probes = ProbeResources.create();
        Daemon daemon =
            Daemon.start(
                spec(), (s, p) -> Probes.create(s, p, clock, probes), clock, false, waiter)) {
      awaitAllRunning(daemon);
      for (int r = 0; r < rounds; r++) {
        // rest past the back-off's reset, so that every restart of the round is immediate
        Thread.sleep(STORM_RESTART.resetAfter().toMillis() + 500);
        waiter.clear();
        List<Long> pids = daemon.engine().status().stream().flatMap(s -> s.pid().stream()).toList();
        for (long pid : pids) {
          ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
        Map<String, String> incidents = new HashMap<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (incidents.size() < pids.size()) {
          Duration left = Duration.ofNanos(deadline - System.nanoTime());
          Optional<EngineEvent> recovered =
              waiter.await(
                  e -> e.type() == Type.RECOVERED && !incidents.containsKey(e.service()), left);
          if (recovered.isEmpty()) {
            // a supervisor that misses exits is the bench's finding, not a reason to wait on
            throw new IllegalStateException(
                "round "
                    + (r + 1)
                    + ": "
                    + (pids.size() - incidents.size())
                    + " of "
                    + pids.size()
                    + " killed services not restarted within "
                    + WAIT);
          }
          recovered.ifPresent(e -> incidents.put(e.service(), e.incidentId().orElse("")));
        }
        for (String id : incidents.values()) {
          daemon.incidents().find(id).ifPresent(i -> record(i, detect, issued));
        }
        awaitAllRunning(daemon);
        out.printf("  round %d: %d killed, %d restarted%n", r + 1, pids.size(), incidents.size());
      }
    }
    print(detect, issued);
  }

  private void record(Incident i, List<Duration> detect, List<Duration> issued) {
    detect.add(Duration.between(i.onsetAt(), i.detectedAt()));
    i.firstStep(Step.REMEDY_FINISHED)
        .map(TimelineEntry::at)
        .ifPresent(at -> issued.add(Duration.between(i.onsetAt(), at)));
  }

  private void awaitAllRunning(Daemon daemon) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!daemon.engine().status().stream()
        .map(ServiceStatus::state)
        .allMatch(s -> s == ServiceState.RUNNING)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("services not all running after " + WAIT);
      }
      Thread.sleep(10);
    }
  }

  private HealSpec spec() {
    List<ServiceSpec> list = new ArrayList<>();
    for (int i = 0; i < services; i++) {
      list.add(
          ServiceSpec.ofCommand(
              String.format("s%03d", i),
              dataDir,
              List.of("sleep", "3600"),
              List.of(),
              STORM_RESTART,
              Set.of(),
              new StopSpec("TERM", Duration.ofSeconds(2)),
              EscalationSpec.logOnly()));
    }
    return new HealSpec(dataDir, new ControlSpec("127.0.0.1", 0), list);
  }

  private void print(List<Duration> detect, List<Duration> issued) {
    out.println();
    out.printf(
        "%d services killed at once, %d rounds: %d crashes; from each exit%n",
        services, rounds, detect.size());
    String f = "  %-22s p50 %-10s p95 %-10s max %s%n";
    out.printf(
        f,
        "to detected",
        Stats.format(Stats.percentile(detect, 50)),
        Stats.format(Stats.percentile(detect, 95)),
        Stats.format(Stats.percentile(detect, 100)));
    out.printf(
        f,
        "to restart issued",
        Stats.format(Stats.percentile(issued, 50)),
        Stats.format(Stats.percentile(issued, 95)),
        Stats.format(Stats.percentile(issued, 100)));
  }
}
