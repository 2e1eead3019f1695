package io.heal.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.heal.core.incident.Incident;
import io.heal.core.incident.IncidentKind;
import io.heal.core.service.ServiceState;
import io.heal.core.service.ServiceStatus;
import io.heal.core.spec.EscalationSpec;
import io.heal.core.spec.ProbeSpec;
import io.heal.core.spec.ProbeTarget;
import io.heal.core.time.HealClock;
import io.heal.probe.ProbeResources;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine with a TCP probe on loopback, whose checks are decided within their connect, on the
 * engine loop itself: the service is ready once the port accepts, and a port that stops accepting
 * is an unhealthy service that gets a restart. The port is the test's own listener; the supervised
 * process is a plain {@code sleep}.
 */
class EngineTcpProbeTest {

  private static final Duration GENEROUS = Duration.ofSeconds(60);

  @TempDir Path dir;
  private final MemoryIncidentStore store = new MemoryIncidentStore();
  private final ProbeResources probes = ProbeResources.create();
  private Engine engine;
  private ServerSocket listener;

  @AfterEach
  void stop() throws IOException {
    if (engine != null) {
      engine.close();
    }
    probes.close();
    if (listener != null) {
      listener.close();
    }
  }

  @Test
  void isReadyWhenThePortAcceptsAndRestartedWhenItStopsAccepting() throws Exception {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptInTheBackground(listener);
    ProbeSpec tcp =
        new ProbeSpec(
            "port",
            new ProbeTarget.Tcp("127.0.0.1", listener.getLocalPort()),
            Duration.ofMillis(200),
            Duration.ofMillis(100),
            3,
            1,
            Duration.ofSeconds(30));
    HealClock clock = HealClock.system();
    engine =
        new Engine(
            Specs.heal(
                dir.resolve("data"),
                Specs.service(
                    "svc",
                    dir,
                    List.of("sleep", "1000"),
                    List.of(tcp),
                    Specs.FAST_RESTARTS,
                    Set.of(),
                    EscalationSpec.logOnly())),
            Specs.probing(clock, store, probes));
    engine.start();
    await().atMost(GENEROUS).until(() -> status().state() == ServiceState.RUNNING);
    long firstPid = status().pid().orElseThrow();

    listener.close();

    await().atMost(GENEROUS).until(() -> !store.list().isEmpty());
    Incident incident = store.list().get(0);
    assertThat(incident.kind()).isEqualTo(IncidentKind.UNHEALTHY);
    assertThat(incident.evidence().probeResults())
        .anyMatch(r -> !r.healthy() && r.detail().equals("connection refused"));
    await().atMost(GENEROUS).until(() -> status().pid().filter(pid -> pid != firstPid).isPresent());
  }

  private ServiceStatus status() {
    return engine.status().get(0);
  }

  private static void acceptInTheBackground(ServerSocket socket) {
    Thread acceptor =
        new Thread(
            () -> {
              while (!socket.isClosed()) {
                try {
                  socket.accept().close();
                } catch (IOException e) {
                  return;
                }
              }
            },
            "engine-tcp-test-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
  }
}
