package io.heal.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.heal.core.audit.AuditEntry;
import io.heal.core.audit.AuditTrail;
import io.heal.core.incident.Evidence;
import io.heal.core.incident.Incident;
import io.heal.core.incident.IncidentKind;
import io.heal.core.incident.IncidentStatus;
import io.heal.core.incident.Step;
import io.heal.core.incident.WriteAhead;
import io.heal.core.service.ServiceState;
import io.heal.core.service.ServiceStatus;
import io.heal.core.spec.EscalationSpec;
import io.heal.core.spec.ServiceSpec;
import io.heal.core.time.HealClock;
import io.heal.daemon.internal.WebhookNotifier;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine against real child processes (shell one-liners), without probes. */
class EngineProcessTest {

  @TempDir Path dir;
  private final MemoryIncidentStore store = new MemoryIncidentStore();
  private final List<EngineEvent> events = new CopyOnWriteArrayList<>();
  private Engine engine;
  private AuditTrail audit = AuditTrail.none();

  private WriteAhead writeAhead = WriteAhead.none();

  private Engine engine(ServiceSpec... services) {
    engine =
        new Engine(
            Specs.heal(dir.resolve("data"), services),
            new EngineOptions(
                HealClock.system(),
                store,
                audit,
                writeAhead,
                new WebhookNotifier(HttpClient.newHttpClient()),
                (service, probe) -> {
                  throw new AssertionError("no probes here");
                },
                () -> 0.5));
    engine.addListener(events::add);
    engine.start();
    return engine;
  }

  @AfterEach
  void stopEngine() {
    if (engine != null) {
      engine.close();
    }
  }

  /** A service that crashes with exit 3 the first time, then stays up. */
  private ServiceSpec crashesOnce(String name) {
    Path marker = dir.resolve("crashed-once");
    String script =
        "if [ -f " + marker + " ]; then exec sleep 300; else touch " + marker + "; exit 3; fi";
    return Specs.service(name, dir, List.of("sh", "-c", script));
  }

  private ServiceStatus status(String name) {
    return engine.status().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void restartsACrashedProcessAndRecordsTheIncident() throws Exception {
    engine(crashesOnce("api"));

    await()
        .atMost(60, TimeUnit.SECONDS)
        .until(() -> store.list().stream().anyMatch(i -> i.status() == IncidentStatus.RESOLVED));

    Incident incident = store.list().get(0);
    assertThat(incident.kind()).isEqualTo(IncidentKind.CRASH);
    assertThat(incident.evidence().exitCode()).contains(3);
    assertThat(incident.timeToRecover()).isPresent();
    assertThat(status("api").state()).isEqualTo(ServiceState.RUNNING);
    assertThat(status("api").restarts()).isEqualTo(1);
  }

  @Test
  void doesNotRestartAnExitCodeListedAsDeliberate() {
    engine(
        Specs.service(
            "batch",
            dir,
            List.of("sh", "-c", "exit 0"),
            List.of(),
            Specs.FAST_RESTARTS,
            Set.of(0),
            EscalationSpec.logOnly()));

    await()
        .atMost(60, TimeUnit.SECONDS)
        .until(
            () ->
                status("batch").state() == ServiceState.STOPPED
                    && events.stream().anyMatch(e -> e.type() == EngineEvent.Type.STOPPED));

    assertThat(status("batch").restarts()).isZero();
    assertThat(store.list()).isEmpty();
  }

  @Test
  void flappingServiceBacksOffThenFailsAndCallsTheWebhook() throws Exception {
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    List<String> bodies = new CopyOnWriteArrayList<>();
    receiver.createContext(
        "/hook",
        exchange -> {
          bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
    try {
      URI hook = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
      engine(
          Specs.service(
              "flappy",
              dir,
              List.of("sh", "-c", "exit 7"),
              List.of(),
              Specs.FAST_RESTARTS,
              Set.of(),
              new EscalationSpec(List.of(hook))));

      await().atMost(60, TimeUnit.SECONDS).until(() -> !bodies.isEmpty());

      assertThat(status("flappy").state()).isEqualTo(ServiceState.FAILED);
      assertThat(status("flappy").restarts()).isEqualTo(3);
      assertThat(bodies.get(0)).contains("\"service\":\"flappy\"").contains("restart limit");
      Incident incident = store.list().get(0);
      assertThat(incident.status()).isEqualTo(IncidentStatus.ESCALATED);
      List<String> decisions =
          incident.timeline().stream()
              .filter(t -> t.step() == Step.REMEDY_CHOSEN)
              .map(t -> t.message())
              .toList();
      assertThat(decisions).hasSize(4);
      assertThat(decisions.get(0)).contains("at once");
      assertThat(decisions.get(1)).contains("after 50ms back-off");
      assertThat(decisions.get(2)).contains("after 100ms back-off");
      assertThat(decisions.get(3)).startsWith("escalate");
    } finally {
      receiver.stop(0);
    }
  }

  @Test
  void operatorRestartRevivesAFailedService() throws Exception {
    Path fixed = dir.resolve("fixed");
    String script = "if [ -f " + fixed + " ]; then exec sleep 300; else exit 5; fi";
    engine(Specs.service("api", dir, List.of("sh", "-c", script)));
    await().atMost(60, TimeUnit.SECONDS).until(() -> status("api").state() == ServiceState.FAILED);

    Files.createFile(fixed);
    engine.restart("api").get(5, TimeUnit.SECONDS);

    await().atMost(60, TimeUnit.SECONDS).until(() -> status("api").state() == ServiceState.RUNNING);
  }

  @Test
  void stopLeavesNoProcessOfTheGroupBehind() throws Exception {
    Path pids = dir.resolve("pids");
    // a parent with two grandchildren that ignore nothing special; all share the group
    String script =
        "sleep 300 & echo $! >> " + pids + "; sleep 300 & echo $! >> " + pids + "; wait";
    engine(Specs.service("tree", dir, List.of("sh", "-c", script)));
    await()
        .atMost(60, TimeUnit.SECONDS)
        .until(() -> Files.exists(pids) && Files.readAllLines(pids).size() == 2);
    long leader = status("tree").pid().orElseThrow();

    engine.stop().get(20, TimeUnit.SECONDS);

    List<Long> all =
        new java.util.ArrayList<>(Files.readAllLines(pids).stream().map(Long::parseLong).toList());
    all.add(leader);
    await()
        .atMost(60, TimeUnit.SECONDS)
        .untilAsserted(
            () ->
                assertThat(all)
                    .allSatisfy(
                        pid ->
                            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive))
                                .isNotEqualTo(java.util.Optional.of(true))));
  }

  @Test
  void unknownServiceIsNamedInTheError() {
    engine(Specs.service("api", dir, List.of("sleep", "300")));

    assertThat(engine.restart("nope"))
        .failsWithin(Duration.ofSeconds(1))
        .withThrowableOfType(ExecutionException.class)
        .withMessageContaining("no service named 'nope'")
        .withMessageContaining("api");
  }

  @Test
  void deployedReleaseBecomesKnownGoodAfterItsPromotionPeriod() throws Exception {
    engine(
        Specs.withReleases(
            "api", dir, List.of("sleep", "301"), List.of("sleep", "302"), Duration.ofMillis(500)));
    await().atMost(60, TimeUnit.SECONDS).until(() -> status("api").state() == ServiceState.RUNNING);

    engine.deploy("api", "v2").get(5, TimeUnit.SECONDS);

    await()
        .atMost(60, TimeUnit.SECONDS)
        .untilAsserted(() -> assertThat(status("api").knownGoodRelease()).isEqualTo("v2"));
    assertThat(status("api").release()).isEqualTo("v2");
    assertThat(events).anyMatch(e -> e.type() == EngineEvent.Type.PROMOTED);
  }

  @Test
  void operatorRollbackReturnsToTheKnownGoodRelease() throws Exception {
    engine(
        Specs.withReleases(
            "api", dir, List.of("sleep", "301"), List.of("sleep", "302"), Duration.ofMinutes(5)));
    await().atMost(60, TimeUnit.SECONDS).until(() -> status("api").state() == ServiceState.RUNNING);
    engine.deploy("api", "v2").get(5, TimeUnit.SECONDS);
    await()
        .atMost(60, TimeUnit.SECONDS)
        .until(
            () ->
                status("api").release().equals("v2")
                    && status("api").state() == ServiceState.RUNNING);

    engine.rollback("api").get(5, TimeUnit.SECONDS);

    await()
        .atMost(60, TimeUnit.SECONDS)
        .until(
            () ->
                status("api").release().equals("v1")
                    && status("api").state() == ServiceState.RUNNING);
    long pid = status("api").pid().orElseThrow();
    assertThat(ProcessHandle.of(pid).flatMap(h -> h.info().arguments()).orElseThrow())
        .contains("301");
    assertThat(status("api").knownGoodRelease()).isEqualTo("v1");
  }

  @Test
  void outOfMemoryInTheLogIsAnAnomalyThatGetsARestart() throws Exception {
    Path marker = dir.resolve("oom-once");
    String script =
        "if [ -f "
            + marker
            + " ]; then exec sleep 300; fi; touch "
            + marker
            + "; sleep 1.5; echo 'Exception in thread main java.lang.OutOfMemoryError: Java heap space';"
            + " exec sleep 300";
    engine(Specs.service("api", dir, List.of("sh", "-c", script)));

    await()
        .atMost(60, TimeUnit.SECONDS)
        .until(() -> store.list().stream().anyMatch(i -> i.status() == IncidentStatus.RESOLVED));

    Incident incident = store.list().get(0);
    assertThat(incident.kind()).isEqualTo(IncidentKind.ANOMALY);
    assertThat(incident.evidence().anomalies())
        .singleElement()
        .satisfies(a -> assertThat(a.metric()).isEqualTo("log:out-of-memory"));
    assertThat(incident.timeline()).anyMatch(t -> t.message().startsWith("restart"));
  }

  @Test
  void anIncidentAnEarlierHealLeftOpenIsResolvedByTheFreshStart() throws Exception {
    // given incidents left open by a Heal that was killed: one of a configured service, one not
    Instant onset = Instant.now().minusSeconds(30);
    store.save(
        Incident.open(
            "old-api",
            "api",
            IncidentKind.CRASH,
            "default",
            onset,
            onset,
            Evidence.empty(),
            "crashed: exit 3"));
    store.save(
        Incident.open(
            "old-gone",
            "gone",
            IncidentKind.CRASH,
            "default",
            onset,
            onset,
            Evidence.empty(),
            "crashed: exit 3"));

    // when this Heal starts the service, which stays up
    engine(Specs.service("api", dir, List.of("sleep", "300")));

    // then the verified start resolves the incident, with a note of why, and the other is left
    await()
        .atMost(60, TimeUnit.SECONDS)
        .until(() -> store.find("old-api").orElseThrow().status() == IncidentStatus.RESOLVED);
    Incident adopted = store.find("old-api").orElseThrow();
    assertThat(adopted.timeline())
        .extracting(e -> e.step().name())
        .containsSubsequence("NOTE", "VERIFIED_HEALTHY", "RESOLVED");
    assertThat(adopted.timeline())
        .anySatisfy(e -> assertThat(e.message()).contains("Heal restarted while this incident"));
    assertThat(adopted.timeToRecover()).hasValueSatisfying(d -> assertThat(d).isPositive());
    assertThat(store.find("old-gone").orElseThrow().status()).isEqualTo(IncidentStatus.OPEN);
    assertThat(store.list()).hasSize(2);
  }

  @Test
  void theDecisionIsKeptInTheWriteAheadLogBeforeTheRestartIsIssued() throws Exception {
    // the last step of each snapshot kept, and when it was kept
    List<String> keptSteps = new CopyOnWriteArrayList<>();
    List<Instant> keptAt = new CopyOnWriteArrayList<>();
    writeAhead =
        new WriteAhead() {
          @Override
          public void incident(Incident snapshot) {
            keptAt.add(Instant.now());
            keptSteps.add(snapshot.timeline().get(snapshot.timeline().size() - 1).step().name());
          }

          @Override
          public void audit(AuditEntry entry) {
            keptAt.add(Instant.now());
            keptSteps.add("audit " + entry.action());
          }

          @Override
          public void settled(long count) {}
        };
    engine(crashesOnce("api"));

    await()
        .atMost(60, TimeUnit.SECONDS)
        .until(() -> store.list().stream().anyMatch(i -> i.status() == IncidentStatus.RESOLVED));

    int decided = keptSteps.indexOf("REMEDY_CHOSEN");
    assertThat(decided).as("kept steps %s", keptSteps).isNotNegative();
    // the decision's audit entry is kept with it, before the outcome
    assertThat(keptSteps.subList(decided, keptSteps.size()))
        .containsSubsequence("REMEDY_CHOSEN", "audit restart", "REMEDY_FINISHED");
    Instant issued = store.list().get(0).firstStep(Step.REMEDY_FINISHED).orElseThrow().at();
    assertThat(keptAt.get(decided)).isBeforeOrEqualTo(issued);
  }

  @Test
  void restartIsIssuedBeforeItsAuditEntryIsWritten() throws Exception {
    // regression: the audit append (an fsync) used to run before the spawn
    List<Instant> restartAudited = new CopyOnWriteArrayList<>();
    audit =
        entry -> {
          if (entry.action().equals("restart")) {
            restartAudited.add(Instant.now());
          }
        };
    engine(crashesOnce("api"));

    await().atMost(60, TimeUnit.SECONDS).until(() -> !restartAudited.isEmpty());
    await()
        .atMost(60, TimeUnit.SECONDS)
        .until(
            () ->
                store.list().stream().anyMatch(i -> i.firstStep(Step.REMEDY_FINISHED).isPresent()));

    Instant issued = store.list().get(0).firstStep(Step.REMEDY_FINISHED).orElseThrow().at();
    assertThat(restartAudited.get(0)).isAfterOrEqualTo(issued);
  }
}
