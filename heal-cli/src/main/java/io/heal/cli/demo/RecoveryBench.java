package io.heal.cli.demo;

import io.heal.core.incident.Incident;
import io.heal.core.incident.Step;
import io.heal.core.incident.TimelineEntry;
import io.heal.core.spec.ProbeSpec;
import io.heal.core.spec.RestartPolicySpec;
import io.heal.core.spec.ServiceSpec;
import io.heal.core.time.HealClock;
import io.heal.daemon.Daemon;
import io.heal.daemon.EngineEvent;
import io.heal.daemon.EngineEvent.Type;
import io.heal.probe.ProbeResources;
import io.heal.probe.Probes;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code heal bench recovery}: repeated faults against the sample service under a real engine, and
 * the time Heal took to detect each and to have the service serving again, beside the sample's own
 * cold start-to-ready time (the floor of every recovery).
 */
public final class RecoveryBench {

  /**
   * A restart policy that never escalates and forgets each restart quickly, so trials are alike.
   */
  static final RestartPolicySpec BENCH_RESTART =
      new RestartPolicySpec(
          Duration.ofMillis(200),
          Duration.ofSeconds(2),
          2.0,
          0.1,
          Duration.ofMillis(300),
          10_000,
          Duration.ofSeconds(60));

  /** Where each fault's clock starts, by the fault's name on the command line, in run order. */
  private static final Map<String, Origin> ORIGINS = origins();

  /** The faults it can inject, by their names on the command line. */
  public static final List<String> FAULTS = List.copyOf(ORIGINS.keySet());

  private final PrintStream out;
  private final int trials;
  private final Path dataDir;
  private final Set<String> faults;
  private final HttpClient http = HttpClient.newHttpClient();

  /**
   * A benchmark of the given faults (names from {@link #FAULTS}).
   *
   * @throws IllegalArgumentException naming a fault that is not one of {@link #FAULTS}
   */
  public RecoveryBench(PrintStream out, int trials, Path dataDir, Collection<String> faults) {
    checkFaults(faults);
    this.out = out;
    this.trials = trials;
    this.dataDir = dataDir;
    this.faults = Set.copyOf(faults);
  }

  /**
   * Checks fault names given on the command line.
   *
   * @throws IllegalArgumentException naming the first that is not one of {@link #FAULTS}
   */
  public static void checkFaults(Collection<String> faults) {
    for (String f : faults) {
      if (!ORIGINS.containsKey(f)) {
        throw new IllegalArgumentException(
            "--faults must be some of " + String.join(", ", FAULTS) + ", found " + f);
      }
    }
  }

  private static Map<String, Origin> origins() {
    Map<String, Origin> origins = new LinkedHashMap<>();
    origins.put("crash", Origin.EXIT);
    origins.put("hang", Origin.INJECTION);
    origins.put("unhealthy", Origin.INJECTION);
    origins.put("bad-release", Origin.NEXT_START);
    return Collections.unmodifiableMap(origins);
  }

  /**
   * One fault's samples; {@code fromInjection}: recovery timed from the injection instead; {@code
   * stop}: from the signal to the old process until its replacement is issued (its exit); {@code
   * startToVerified}: from the replacement's start to its first passing probe; {@code
   * bareRollbacks}: {@link BareStarts#stopThenStart()} before each trial of a deploy; {@code
   * restedStarts}: {@link BareStarts#coldStart()} before each trial of a deploy, after the same
   * wait as the rollback's start (the startup period) with the daemon up.
   */
  record Samples(
      String fault,
      Origin origin,
      List<Duration> detect,
      List<Duration> recover,
      List<Duration> issue,
      List<Duration> fromInjection,
      List<Duration> stop,
      List<Duration> startToVerified,
      List<Duration> bareRollbacks,
      List<Duration> restedStarts) {}

  /** Where a fault's clock starts. */
  enum Origin {
    /** the process's exit, as the incident records it (a crash) */
    EXIT,
    /** the moment the fault was injected */
    INJECTION,
    /**
     * the start of the process that the injection leads to (a deploy: the new release, whose
     * startup period runs from there; the graceful stop of the release it replaces comes first)
     */
    NEXT_START
  }

  public void run() throws Exception {
    HealClock clock = HealClock.system();
    BareStarts bare = new BareStarts(clock, Files.createDirectories(dataDir.resolve("bare")));
    List<Duration> coldStarts = coldStarts(bare);
    EventWaiter waiter = new EventWaiter();
    List<Samples> results = new ArrayList<>();
    DemoServices services = new DemoServices(dataDir, List.of(), BENCH_RESTART);
    try (ProbeResources probes = ProbeResources.create()) {
      try (Daemon daemon =
          Daemon.start(
              services.spec(),
              (s, p) -> Probes.create(s, p, clock, probes),
              clock,
              false,
              waiter)) {
        DemoScript script = new DemoScript(daemon, services, null, waiter, null, null, clock);
        script.awaitAllReady(Duration.ofSeconds(60));
        Faults switches = new Faults(http);
        Map<String, Supplier<?>> injections =
            Map.of(
                "crash", () -> switches.flip(services.apiUrl(), "crash?code=3"),
                "hang", () -> switches.flip(services.apiUrl(), "hang"),
                "unhealthy", () -> switches.flip(services.apiUrl(), "unhealthy"),
                "bad-release", () -> daemon.engine().deploy("api", "v2").join());
        for (String fault : FAULTS) {
          if (faults.contains(fault)) {
            results.add(
                measure(
                    fault.replace('-', ' '),
                    daemon,
                    waiter,
                    clock,
                    injections.get(fault),
                    ORIGINS.get(fault),
                    bare));
          }
        }
      }
    }
    print(coldStarts, results);
    printTargets(targets(services, coldStarts), results);
  }

  /** The targets for the api service of the bench, against the sample's measured start. */
  private static RecoveryTargets targets(DemoServices services, List<Duration> coldStarts) {
    ServiceSpec api =
        services.spec().services().stream()
            .filter(s -> s.name().equals("api"))
            .findFirst()
            .orElseThrow();
    ProbeSpec probe = api.probes().get(0);
    Duration hangBound =
        probe.interval().multipliedBy(probe.failureThreshold()).plus(probe.timeout());
    return new RecoveryTargets(Stats.percentile(coldStarts, 50), hangBound, api.startupPeriod());
  }

  private Samples measure(
      String fault,
      Daemon daemon,
      EventWaiter waiter,
      HealClock clock,
      Supplier<?> inject,
      Origin origin,
      BareStarts bare)
      throws IOException, InterruptedException {
    List<Duration> detect = new ArrayList<>();
    List<Duration> recover = new ArrayList<>();
    List<Duration> issue = new ArrayList<>();
    List<Duration> fromInjection = new ArrayList<>();
    List<Duration> stop = new ArrayList<>();
    List<Duration> startToVerified = new ArrayList<>();
    List<Duration> bareRollbacks = new ArrayList<>();
    List<Duration> restedStarts = new ArrayList<>();
    out.printf("  %-12s", fault);
    for (int t = 0; t < trials; t++) {
      // let the back-off run reset, so every trial starts from a healthy, rested service
      Thread.sleep(BENCH_RESTART.resetAfter().toMillis() + 100);
      if (origin == Origin.NEXT_START) {
        // the rollback's good release starts after the startup period's wait, not right after
        // another start the way the cold starts above do (which finds the JVM's files and the CPU
        // warm): the sample's start-to-ready after that wait, on the same machine, is its ruler
        Thread.sleep(DemoServices.DEFAULT_STARTUP_PERIOD.toMillis());
        restedStarts.add(bare.coldStart());
        Thread.sleep(BENCH_RESTART.resetAfter().toMillis() + 100);
        // the floor, interleaved with Heal's trials so that both see the same machine
        bareRollbacks.add(bare.stopThenStart());
        Thread.sleep(BENCH_RESTART.resetAfter().toMillis() + 100);
      }
      waiter.clear();
      Instant injected = clock.now();
      inject.get();
      Optional<Instant> started =
          origin == Origin.NEXT_START
              ? waiter
                  .await(
                      e -> e.service().equals("api") && e.type() == Type.STARTED,
                      Duration.ofSeconds(60))
                  .map(EngineEvent::at)
              : Optional.empty();
      Optional<EngineEvent> end =
          waiter.await(
              e -> e.service().equals("api") && e.type() == Type.RECOVERED, Duration.ofSeconds(60));
      Optional<Incident> incident =
          end.flatMap(EngineEvent::incidentId).flatMap(id -> daemon.incidents().find(id));
      if (incident.isEmpty() || (origin == Origin.NEXT_START && started.isEmpty())) {
        out.print("x");
        continue;
      }
      Incident i = incident.get();
      Instant onset =
          switch (origin) {
            case EXIT -> i.onsetAt();
            case INJECTION -> injected;
            case NEXT_START -> started.get();
          };
      detect.add(Duration.between(onset, i.detectedAt()));
      i.firstStep(Step.VERIFIED_HEALTHY)
          .map(TimelineEntry::at)
          .ifPresent(
              at -> {
                recover.add(Duration.between(onset, at));
                fromInjection.add(Duration.between(injected, at));
              });
      Optional<Instant> issued = i.firstStep(Step.REMEDY_FINISHED).map(TimelineEntry::at);
      issued.ifPresent(at -> issue.add(Duration.between(i.onsetAt(), at)));
      i.firstStep(Step.REMEDY_STARTED)
          .map(TimelineEntry::at)
          .ifPresent(from -> issued.ifPresent(to -> stop.add(Duration.between(from, to))));
      i.firstStep(Step.VERIFIED_HEALTHY)
          .map(TimelineEntry::at)
          .ifPresent(
              to -> issued.ifPresent(from -> startToVerified.add(Duration.between(from, to))));
      out.print(".");
    }
    out.println();
    return new Samples(
        fault,
        origin,
        detect,
        recover,
        issue,
        fromInjection,
        stop,
        startToVerified,
        bareRollbacks,
        restedStarts);
  }

  /** The sample's own start-to-ready, {@link #trials} times, before Heal starts. */
  private List<Duration> coldStarts(BareStarts bare) throws Exception {
    out.printf("  %-12s", "cold start");
    List<Duration> starts = new ArrayList<>();
    for (int t = 0; t < trials; t++) {
      starts.add(bare.coldStart());
      out.print(".");
    }
    out.println();
    return starts;
  }

  private static String pair(List<Duration> samples) {
    return samples.isEmpty()
        ? "-"
        : Stats.format(Stats.percentile(samples, 50))
            + " / "
            + Stats.format(Stats.percentile(samples, 95));
  }

  private void print(List<Duration> coldStarts, List<Samples> results) {
    out.println();
    out.printf(
        "sample service start-to-ready (cold JVM started by Heal's launcher, %d starts): median %s,"
            + " p95 %s%n",
        coldStarts.size(),
        Stats.format(Stats.percentile(coldStarts, 50)),
        Stats.format(Stats.percentile(coldStarts, 95)));
    for (Samples s : results) {
      if (!s.restedStarts().isEmpty()) {
        out.printf(
            "  after a %s rest, with the daemon up (before each %s trial, %d starts): median %s,"
                + " p95 %s%n",
            Stats.format(DemoServices.DEFAULT_STARTUP_PERIOD),
            s.fault(),
            s.restedStarts().size(),
            Stats.format(Stats.percentile(s.restedStarts(), 50)),
            Stats.format(Stats.percentile(s.restedStarts(), 95)));
      }
    }
    out.println(
        "detect: from the exit (crash), the start of the deployed release (bad release: its startup"
            + " period runs from there) or the injection (others) to Heal's detection");
    out.println("recover: from the same point to the service verified healthy again by its probe");
    out.println();
    String f = "%-12s %3s  %-10s %-10s  %-10s %-10s  %s%n";
    out.printf(
        f,
        "FAULT",
        "N",
        "DETECT p50",
        "p95",
        "RECOVER p50",
        "p95",
        "exit -> restart issued p50 / p95");
    for (Samples s : results) {
      String issue = s.fault().equals("crash") ? pair(s.issue()) : "";
      out.printf(
          f,
          s.fault(),
          s.detect().size(),
          Stats.format(Stats.percentile(s.detect(), 50)),
          Stats.format(Stats.percentile(s.detect(), 95)),
          Stats.format(Stats.percentile(s.recover(), 50)),
          Stats.format(Stats.percentile(s.recover(), 95)),
          issue);
    }
    out.println();
    out.println(
        "where the recovery went: stop = from the signal to the old process (after the thread"
            + " dump of a hang) to its exit, when the replacement starts; start = from the"
            + " replacement's start to its first passing probe (compare the start-to-ready"
            + " above)");
    String g = "%-12s %-21s %-21s%n";
    out.printf(g, "FAULT", "STOP p50 / p95", "START p50 / p95");
    for (Samples s : results) {
      out.printf(g, s.fault(), pair(s.stop()), pair(s.startToVerified()));
    }
    for (Samples s : results) {
      if (s.origin() == Origin.NEXT_START && !s.fromInjection().isEmpty()) {
        out.printf(
            "%s from the deploy command (the good release's graceful stop first):"
                + " recover p50 %s, p95 %s%n",
            s.fault(),
            Stats.format(Stats.percentile(s.fromInjection(), 50)),
            Stats.format(Stats.percentile(s.fromInjection(), 95)));
      }
    }
  }

  private void printTargets(RecoveryTargets targets, List<Samples> results) {
    out.println();
    out.println(
        "targets (serving again: p50 against the start-to-ready's p50; detection and restart"
            + " issued: p95):");
    for (RecoveryTargets.Verdict v : targets.judge(results)) {
      out.println(v.line());
    }
    results.stream()
        .filter(s -> !s.bareRollbacks().isEmpty() && !s.recover().isEmpty())
        .forEach(
            s -> {
              Duration floor =
                  targets.startupPeriod().plus(Stats.percentile(s.bareRollbacks(), 50));
              Duration heal = Stats.percentile(s.recover(), 50);
              Duration past = heal.minus(floor);
              out.printf(
                  "  %s, floor for one release at a time: startup period + a bare supervisor's"
                      + " stop-then-start (SIGTERM, exit, start, first 200; p50 %s, before each"
                      + " trial) = %s; Heal %s %s it%n",
                  s.fault(),
                  Stats.format(Stats.percentile(s.bareRollbacks(), 50)),
                  Stats.format(floor),
                  Stats.format(past.abs()),
                  past.isNegative() ? "under" : "past");
            });
  }
}
