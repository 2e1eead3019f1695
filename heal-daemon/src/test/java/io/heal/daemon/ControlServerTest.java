package io.heal.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.heal.core.audit.AuditTrail;
import io.heal.core.service.ServiceState;
import io.heal.core.spec.ControlSpec;
import io.heal.core.time.HealClock;
import io.heal.daemon.http.ControlClient;
import io.heal.daemon.http.ControlException;
import io.heal.daemon.http.ControlServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControlServerTest {

  @TempDir Path dir;
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private Engine engine;
  private ControlServer server;
  private ControlClient client;

  @BeforeEach
  void startDaemon() throws Exception {
    engine =
        new Engine(
            Specs.heal(dir, Specs.service("api", dir, List.of("sleep", "300"))),
            new EngineOptions(
                HealClock.system(),
                new MemoryIncidentStore(),
                AuditTrail.none(),
                (s, i, r) -> {},
                (s, p) -> {
                  throw new AssertionError();
                },
                () -> 0.5));
    engine.start();
    server =
        ControlServer.start(new ControlSpec("127.0.0.1", 0), engine, new MemoryIncidentStore());
    client = new ControlClient(server.url(), http);
  }

  @AfterEach
  void stop() {
    server.close();
    engine.close();
  }

  @Test
  void reportsStatusOverHttp() {
    await()
        .atMost(60, TimeUnit.SECONDS)
        .until(() -> client.services().get(0).state() == ServiceState.RUNNING);

    assertThat(client.services())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.name()).isEqualTo("api");
              assertThat(s.pid()).isPresent();
            });
  }

  @Test
  void unknownServiceIsA404ProblemNamingIt() throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(server.url().resolve("/v1/services/nope/restart"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(json.readTree(r.body()).get("detail").asText()).contains("no service named 'nope'");
  }

  @Test
  void deployWithoutVersionIsA400NamingTheField() throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(server.url().resolve("/v1/services/api/deploy"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"verison\":\"v2\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json.readTree(r.body()).get("detail").asText()).startsWith("version:");
  }

  @Test
  void deployOfAnUnknownReleaseTellsTheKnownOnes() {
    assertThatThrownBy(() -> client.deploy("api", "v9"))
        .isInstanceOf(ControlException.class)
        .hasMessageContaining("unknown release 'v9'")
        .hasMessageContaining("known: default");
  }

  @Test
  void wrongMethodIs405() throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(server.url().resolve("/v1/services/api/restart")).GET().build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(405);
  }

  @Test
  void clientSaysWhenNoDaemonAnswers() {
    ControlClient nobody = new ControlClient(URI.create("http://127.0.0.1:1"), http);

    assertThatThrownBy(nobody::services)
        .isInstanceOf(ControlException.class)
        .hasMessageContaining("no Heal daemon answers at http://127.0.0.1:1");
  }
}
