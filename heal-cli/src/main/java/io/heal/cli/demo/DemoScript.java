package io.heal.cli.demo;

import io.heal.core.incident.Incident;
import io.heal.core.incident.IncidentKind;
import io.heal.core.incident.IncidentStatus;
import io.heal.core.incident.Step;
import io.heal.core.incident.TimelineEntry;
import io.heal.core.time.HealClock;
import io.heal.daemon.Daemon;
import io.heal.daemon.EngineEvent;
import io.heal.daemon.EngineEvent.Type;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The six faults of the demo, one after another: a crash, a hang, an unhealthy state, a memory leak
 * that only a detector sees, a crash loop that must be escalated, and a bad release that must be
 * rolled back.
 */
public final class DemoScript {

  /** How long one fault may take to be handled before the demo calls it a failure. */
  public static final Duration DEFAULT_FAULT_TIMEOUT = Duration.ofSeconds(30);

  private final Daemon daemon;
  private final DemoServices services;
  private final DemoConsole console;
  private final EventWaiter waiter;
  private final Faults faults;
  private final DemoWebhook webhook;
  private final HealClock clock;

  public DemoScript(
      Daemon daemon,
      DemoServices services,
      DemoConsole console,
      EventWaiter waiter,
      Faults faults,
      DemoWebhook webhook,
      HealClock clock) {
    this.daemon = daemon;
    this.services = services;
    this.console = console;
    this.waiter = waiter;
    this.faults = faults;
    this.webhook = webhook;
    this.clock = clock;
  }

  /** Waits until every service is ready; false after the timeout. */
  public boolean awaitAllReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!daemon.engine().status().stream()
        .allMatch(s -> s.state() == io.heal.core.service.ServiceState.RUNNING)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      waiter.await(e -> e.type() == Type.READY, Duration.ofNanos(left));
    }
    return true;
  }

  public List<FaultRun> runAll() throws Exception {
    List<FaultRun> runs = new ArrayList<>();
    runs.add(crash());
    runs.add(hang());
    runs.add(unhealthy());
    runs.add(leak());
    runs.add(flapping());
    runs.add(badRelease());
    return runs;
  }

  public FaultRun crash() throws InterruptedException {
    console.say("1. Crash: the api process exits with code 3");
    return run(
        "crash (exit 3)",
        "api",
        () -> faults.flip(services.apiUrl(), "crash?code=3"),
        IncidentKind.CRASH,
        IncidentStatus.RESOLVED,
        "restart");
  }

  public FaultRun hang() throws InterruptedException {
    console.say("2. Hang: the ledger stops answering, its process still alive");
    FaultRun run =
        run(
            "hang",
            "ledger",
            () -> faults.flip(services.ledgerUrl(), "hang"),
            IncidentKind.HANG,
            IncidentStatus.RESOLVED,
            "restart");
    boolean dumped = run.incident().flatMap(i -> i.evidence().threadDump()).isPresent();
    return withCheck(run, dumped, dumped ? "thread dump captured" : "no thread dump captured");
  }

  public FaultRun unhealthy() throws InterruptedException {
    console.say("3. Unhealthy: the api answers /healthz with 503");
    return run(
        "unhealthy (503)",
        "api",
        () -> faults.flip(services.apiUrl(), "unhealthy"),
        IncidentKind.UNHEALTHY,
        IncidentStatus.RESOLVED,
        "restart");
  }

  public FaultRun leak() throws InterruptedException {
    console.say("4. Memory leak: the api's heap grows 8 MiB/s; every probe still passes");
    return run(
        "memory leak",
        "api",
        () -> faults.flip(services.apiUrl(), "leak?mb_per_s=8"),
        IncidentKind.ANOMALY,
        IncidentStatus.RESOLVED,
        "restart");
  }

  public FaultRun flapping() throws Exception {
    console.say("5. Flapping: the ledger's state file is corrupt, so it crashes at every start");
    int pagesBefore = webhook.received().size();
    FaultRun run =
        run(
            "crash loop",
            "ledger",
            () -> faults.flip(services.ledgerUrl(), "crash?persist=true"),
            IncidentKind.CRASH,
            IncidentStatus.ESCALATED,
            "escalate");
    boolean paged = webhook.awaitReceived(pagesBefore + 1, Duration.ofSeconds(10));
    console.say("   An operator repairs the state file and runs: heal restart ledger");
    Files.deleteIfExists(services.stateDir().resolve("ledger").resolve("crash-loop"));
    waiter.clear();
    daemon.engine().restart("ledger").join();
    boolean back =
        waiter
            .await(
                e -> e.service().equals("ledger") && e.type() == Type.READY, DEFAULT_FAULT_TIMEOUT)
            .isPresent();
    return withCheck(
        run,
        paged && back,
        (paged ? "paged" : "NOT paged")
            + "; "
            + (back ? "back after operator restart" : "NOT back"));
  }

  public FaultRun badRelease() throws InterruptedException {
    console.say("6. Bad release: heal deploy api v2 (v2 never becomes healthy)");
    FaultRun run =
        run(
            "bad release v2",
            "api",
            () -> daemon.engine().deploy("api", "v2").join(),
            IncidentKind.BAD_RELEASE,
            IncidentStatus.RESOLVED,
            "rollback");
    String release =
        daemon.engine().status().stream()
            .filter(s -> s.name().equals("api"))
            .findFirst()
            .orElseThrow()
            .release();
    return withCheck(run, release.equals("v1"), "api back on " + release);
  }

  private FaultRun run(
      String fault,
      String service,
      Runnable inject,
      IncidentKind kind,
      IncidentStatus status,
      String remedy)
      throws InterruptedException {
    waiter.clear();
    Instant injected = clock.now();
    inject.run();
    console.note(injected, "fault injected into " + service);
    Optional<EngineEvent> end =
        waiter.await(
            e ->
                e.service().equals(service)
                    && (e.type() == Type.RECOVERED || e.type() == Type.ESCALATED),
            DEFAULT_FAULT_TIMEOUT);
    Optional<Incident> incident =
        end.flatMap(EngineEvent::incidentId).flatMap(id -> daemon.incidents().find(id));
    if (incident.isEmpty()) {
      return new FaultRun(
          fault,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          "-",
          "not handled in time",
          false);
    }
    Incident i = incident.get();
    Optional<Duration> detected = Optional.of(Duration.between(injected, i.detectedAt()));
    Optional<Duration> healed =
        i.firstStep(Step.VERIFIED_HEALTHY).map(t -> Duration.between(injected, t.at()));
    String remedies = remedies(i);
    boolean ok = i.kind() == kind && i.status() == status && remedies.contains(remedy);
    String outcome =
        i.status() == IncidentStatus.RESOLVED
            ? "healed"
            : i.status() == IncidentStatus.ESCALATED ? "escalated, FAILED" : "open";
    return new FaultRun(fault, incident, detected, healed, remedies, outcome, ok);
  }

  /** The remedies chosen, in order, with repeats folded: "restart x4 -> escalate". */
  static String remedies(Incident i) {
    List<String> chosen =
        i.timeline().stream()
            .filter(t -> t.step() == Step.REMEDY_CHOSEN)
            .map(TimelineEntry::message)
            .map(m -> m.split(" ", 2)[0])
            .toList();
    List<String> folded = new ArrayList<>();
    for (int k = 0; k < chosen.size(); ) {
      int n = 1;
      while (k + n < chosen.size() && chosen.get(k + n).equals(chosen.get(k))) {
        n++;
      }
      folded.add(chosen.get(k) + (n > 1 ? " x" + n : ""));
      k += n;
    }
    return String.join(" -> ", folded);
  }

  private static FaultRun withCheck(FaultRun run, boolean ok, String note) {
    return new FaultRun(
        run.fault(),
        run.incident(),
        run.detectedAfter(),
        run.healedAfter(),
        run.remedy(),
        run.outcome() + "; " + note,
        run.asExpected() && ok);
  }
}
