package io.heal.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.heal.core.incident.Incident;
import io.heal.core.incident.IncidentKind;
import io.heal.core.incident.IncidentStatus;
import io.heal.core.service.ServiceState;
import io.heal.core.service.ServiceStatus;
import io.heal.core.spec.ControlSpec;
import io.heal.core.spec.EscalationSpec;
import io.heal.core.spec.HealSpec;
import io.heal.core.spec.LogSpec;
import io.heal.core.spec.ProbeSpec;
import io.heal.core.spec.ProbeTarget;
import io.heal.core.spec.ReleaseSpec;
import io.heal.core.spec.ServiceSpec;
import io.heal.core.spec.StopSpec;
import io.heal.core.time.HealClock;
import io.heal.probe.ProbeResources;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine healing the real sample service (its own JVM) through a hang and a bad release. */
class EngineSampleServiceTest {

  @TempDir Path dir;
  private final MemoryIncidentStore store = new MemoryIncidentStore();
  private final ProbeResources probes = ProbeResources.create();
  private final HttpClient http = HttpClient.newHttpClient();
  private Engine engine;
  private int port;

  @AfterEach
  void stop() {
    if (engine != null) {
      engine.close();
    }
    probes.close();
  }

  private void start() throws Exception {
    start(io.heal.core.spec.DetectionSpec.defaults());
  }

  private void start(java.util.function.IntFunction<io.heal.core.spec.DetectionSpec> detection)
      throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    start(detection.apply(port), false);
  }

  private void start(io.heal.core.spec.DetectionSpec detection) throws Exception {
    start(detection, true);
  }

  private void start(io.heal.core.spec.DetectionSpec detection, boolean pickPort) throws Exception {
    if (pickPort) {
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
    }
    ProbeSpec health =
        new ProbeSpec(
            "health",
            new ProbeTarget.Http(
                URI.create("http://127.0.0.1:" + port + "/healthz"), 200, 299, Optional.empty()),
            Duration.ofMillis(300),
            Duration.ofMillis(200),
            3,
            1,
            Duration.ofSeconds(8));
    ServiceSpec api =
        new ServiceSpec(
            "api",
            dir,
            Map.of(),
            List.of(),
            Map.of("v1", release("v1", List.of()), "v2", release("v2", List.of("--bad-release"))),
            "v1",
            "v1",
            Duration.ofSeconds(30),
            List.of(health),
            Specs.FAST_RESTARTS,
            Set.of(),
            new StopSpec("TERM", Duration.ofSeconds(2)),
            EscalationSpec.logOnly(),
            LogSpec.defaults(),
            true,
            detection);
    HealClock clock = HealClock.system();
    engine =
        new Engine(
            new HealSpec(dir.resolve("data"), new ControlSpec("127.0.0.1", 0), List.of(api)),
            Specs.probing(clock, store, probes));
    engine.start();
    await().atMost(30, TimeUnit.SECONDS).until(() -> api().state() == ServiceState.RUNNING);
  }

  private ReleaseSpec release(String version, List<String> extra) {
    List<String> argv = new ArrayList<>();
    argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    argv.add("-XX:TieredStopAtLevel=1");
    argv.add("-cp");
    argv.add(
        String.join(
            File.pathSeparator,
            List.of(System.getProperty("java.class.path").split(File.pathSeparator))));
    argv.add("io.heal.sample.SampleMain");
    argv.addAll(List.of("--port", Integer.toString(port), "--release", version, "--enable-faults"));
    argv.addAll(extra);
    return new ReleaseSpec(version, argv, Optional.empty());
  }

  private ServiceStatus api() {
    return engine.status().get(0);
  }

  private void flip(String fault) throws Exception {
    try {
      http.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/__simulate/" + fault))
              .timeout(Duration.ofSeconds(10))
              .POST(HttpRequest.BodyPublishers.noBody())
              .build(),
          HttpResponse.BodyHandlers.discarding());
    } catch (java.io.IOException e) {
      // a crash may cut the answer short
    }
  }

  @Test
  void hungJvmIsThreadDumpedKilledAndRestarted() throws Exception {
    start();
    long hungPid = api().pid().orElseThrow();

    flip("hang");

    await()
        .atMost(30, TimeUnit.SECONDS)
        .until(() -> store.list().stream().anyMatch(i -> i.status() == IncidentStatus.RESOLVED));
    Incident incident = store.list().get(0);
    assertThat(incident.kind()).isEqualTo(IncidentKind.HANG);
    assertThat(incident.evidence().threadDump())
        .hasValueSatisfying(dump -> assertThat(dump).contains("Full thread dump"));
    assertThat(incident.evidence().probeResults()).anyMatch(r -> r.timedOut());
    assertThat(ProcessHandle.of(hungPid).map(ProcessHandle::isAlive))
        .isNotEqualTo(Optional.of(true));
    assertThat(api().pid()).isPresent().isNotEqualTo(Optional.of(hungPid));
  }

  @Test
  void badReleaseIsRolledBackToTheKnownGoodOne() throws Exception {
    start();

    engine.deploy("api", "v2").get(5, TimeUnit.SECONDS);

    await()
        .atMost(60, TimeUnit.SECONDS)
        .until(() -> store.list().stream().anyMatch(i -> i.status() == IncidentStatus.RESOLVED));
    Incident incident = store.list().get(0);
    assertThat(incident.kind()).isEqualTo(IncidentKind.BAD_RELEASE);
    assertThat(incident.release()).isEqualTo("v2");
    assertThat(incident.timeline()).anyMatch(t -> t.message().startsWith("rollback"));
    assertThat(api().release()).isEqualTo("v1");
    assertThat(api().knownGoodRelease()).isEqualTo("v1");
    assertThat(api().state()).isEqualTo(ServiceState.RUNNING);
  }

  @Test
  void heapLeakSeenInScrapedMetricsIsAnAnomalyThatGetsARestart() throws Exception {
    start(
        p ->
            new io.heal.core.spec.DetectionSpec(
                Optional.of(URI.create("http://127.0.0.1:" + p + "/metrics")),
                Duration.ofMillis(300),
                List.of(
                    new io.heal.core.spec.MetricWatchSpec(
                        "sample_jvm_heap_used_bytes",
                        "leak",
                        false,
                        java.util.OptionalDouble.of(512.0 * 1024 * 1024),
                        6,
                        Optional.of(Duration.ofMinutes(5)))),
                List.of(),
                List.of(),
                false,
                io.heal.core.anomaly.Severity.HIGH));
    long leakingPid = api().pid().orElseThrow();

    flip("leak?mb_per_s=20");

    await()
        .atMost(60, TimeUnit.SECONDS)
        .until(() -> store.list().stream().anyMatch(i -> i.status() == IncidentStatus.RESOLVED));
    Incident incident = store.list().get(0);
    assertThat(incident.kind()).isEqualTo(IncidentKind.ANOMALY);
    assertThat(incident.evidence().anomalies())
        .anySatisfy(a -> assertThat(a.metric()).startsWith("sample_jvm_heap_used_bytes"));
    assertThat(api().pid()).isPresent().isNotEqualTo(Optional.of(leakingPid));
  }
}
