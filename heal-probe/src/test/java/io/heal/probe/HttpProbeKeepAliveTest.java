package io.heal.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.core.probe.Probe;
import io.heal.core.signal.ProbeResult;
import io.heal.core.spec.ProbeTarget;
import io.heal.core.time.HealClock;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An HTTP probe's connection kept between its checks, against a server that counts connections. */
class HttpProbeKeepAliveTest {

  private ProbeResources resources;
  private PlainHttpServer server;

  @BeforeEach
  void start() throws Exception {
    resources = ProbeResources.create();
    server = new PlainHttpServer();
  }

  @AfterEach
  void stop() throws Exception {
    resources.close();
    server.close();
  }

  private Probe probe(int checksPerConnection, Duration timeout) {
    URI url = URI.create("http://127.0.0.1:" + server.port() + "/healthz");
    ProbeTarget target = new ProbeTarget.Http(url, 200, 299, Optional.empty(), checksPerConnection);
    return ProbeContractTest.create(target, timeout, HealClock.system(), resources);
  }

  private static ProbeResult check(Probe probe) throws Exception {
    return ProbeContractTest.result(probe.check());
  }

  /**
   * Runs {@code n} checks one after another, at {@code checksPerConnection}; asserts that each
   * passed and returns how many connections the server accepted.
   */
  private int connectionsForPassingChecks(int checksPerConnection, int n) throws Exception {
    Probe probe = probe(checksPerConnection, ProbeContractTest.GENEROUS);
    List<String> details = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ProbeResult result = check(probe);
      details.add((result.healthy() ? "pass " : "fail ") + result.detail());
    }
    assertThat(details).containsOnly("pass HTTP 200").hasSize(n);
    return server.connections.get();
  }

  @Test
  void carriesChecksOnOneConnectionUpToItsLimit() throws Exception {
    assertThat(connectionsForPassingChecks(3, 7)).isEqualTo(3);
    assertThat(server.requests).noneMatch(head -> head.contains("Connection: close"));
  }

  @Test
  void readsAChunkedAnswerToItsEndAndKeepsTheConnection() throws Exception {
    server.answer = PlainHttpServer.Answer.CHUNKED;

    assertThat(connectionsForPassingChecks(10, 4)).isEqualTo(1);
  }

  @Test
  void opensAConnectionForEachCheckWithOneCheckPerConnection() throws Exception {
    assertThat(connectionsForPassingChecks(1, 3)).isEqualTo(3);
    assertThat(server.requests).allMatch(head -> head.contains("Connection: close\r\n"));
  }

  @Test
  void doesNotKeepAnHttp10ConnectionThatDidNotAskForIt() throws Exception {
    server.answer = PlainHttpServer.Answer.HTTP_10;

    assertThat(connectionsForPassingChecks(10, 3)).isEqualTo(3);
  }

  @Test
  void passesWhenTheServerClosedTheKeptConnection() throws Exception {
    // the close is heard while the connection waits, or found when the next request meets it:
    // either way the check runs on a new connection, and passes
    server.answer = PlainHttpServer.Answer.THEN_CLOSE;

    assertThat(connectionsForPassingChecks(10, 5)).isEqualTo(5);
  }

  @Test
  void timesOutOnAKeptConnectionThatStopsAnsweringThenUsesANewOne() throws Exception {
    Probe probe = probe(10, Duration.ofMillis(300));
    assertThat(check(probe).healthy()).isTrue();

    server.answer = PlainHttpServer.Answer.HANG;
    ProbeResult hung = check(probe);
    server.answer = PlainHttpServer.Answer.KEEP_OPEN;
    ProbeResult recovered = check(probe);

    assertThat(hung.timedOut()).isTrue();
    assertThat(hung.detail()).isEqualTo("timed out after 300ms");
    assertThat(recovered.healthy()).as(recovered.detail()).isTrue();
    assertThat(server.connections).hasValue(2);
  }

  @Test
  void failsWhenTheServerIsGoneThoughItsConnectionWasKept() throws Exception {
    Probe probe = probe(10, ProbeContractTest.GENEROUS);
    assertThat(check(probe).healthy()).isTrue();

    server.close();
    ProbeResult gone = check(probe);

    assertThat(gone.healthy()).isFalse();
    assertThat(gone.detail()).isEqualTo("connection refused");
  }
}
