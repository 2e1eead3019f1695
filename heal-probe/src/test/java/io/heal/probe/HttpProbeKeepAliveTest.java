package io.heal.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.core.probe.Probe;
import io.heal.core.signal.ProbeResult;
import io.heal.core.spec.ProbeSpec;
import io.heal.core.spec.ProbeTarget;
import io.heal.core.time.HealClock;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An HTTP probe's connection kept between its checks, against a server that counts connections. */
class HttpProbeKeepAliveTest {

  private static final Duration GENEROUS = Duration.ofSeconds(60);

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
    ProbeSpec spec =
        new ProbeSpec(
            "health",
            target,
            ProbeSpec.DEFAULT_INTERVAL,
            timeout,
            ProbeSpec.DEFAULT_FAILURE_THRESHOLD,
            ProbeSpec.DEFAULT_SUCCESS_THRESHOLD,
            ProbeSpec.DEFAULT_STARTUP_PERIOD);
    return Probes.create("svc", spec, HealClock.system(), resources);
  }

  private static ProbeResult check(Probe probe) throws Exception {
    return probe.check().toCompletableFuture().get(GENEROUS.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The details of {@code n} checks, one after another. */
  private static List<String> checks(Probe probe, int n) throws Exception {
    List<String> details = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ProbeResult result = check(probe);
      details.add((result.healthy() ? "pass " : "fail ") + result.detail());
    }
    return details;
  }

  @Test
  void carriesChecksOnOneConnectionUpToItsLimit() throws Exception {
    Probe probe = probe(3, GENEROUS);

    List<String> details = checks(probe, 7);

    assertThat(details).containsOnly("pass HTTP 200").hasSize(7);
    assertThat(server.connections).hasValue(3);
    assertThat(server.requests).noneMatch(head -> head.contains("Connection: close"));
  }

  @Test
  void readsAChunkedAnswerToItsEndAndKeepsTheConnection() throws Exception {
    server.answer = PlainHttpServer.Answer.CHUNKED;
    Probe probe = probe(10, GENEROUS);

    List<String> details = checks(probe, 4);

    assertThat(details).containsOnly("pass HTTP 200").hasSize(4);
    assertThat(server.connections).hasValue(1);
  }

  @Test
  void opensAConnectionForEachCheckWithOneCheckPerConnection() throws Exception {
    Probe probe = probe(1, GENEROUS);

    List<String> details = checks(probe, 3);

    assertThat(details).containsOnly("pass HTTP 200").hasSize(3);
    assertThat(server.connections).hasValue(3);
    assertThat(server.requests).allMatch(head -> head.contains("Connection: close\r\n"));
  }

  @Test
  void doesNotKeepAnHttp10ConnectionThatDidNotAskForIt() throws Exception {
    server.answer = PlainHttpServer.Answer.HTTP_10;
    Probe probe = probe(10, GENEROUS);

    List<String> details = checks(probe, 3);

    assertThat(details).containsOnly("pass HTTP 200").hasSize(3);
    assertThat(server.connections).hasValue(3);
  }

  @Test
  void passesWhenTheServerClosedTheKeptConnection() throws Exception {
    // the close is heard while the connection waits, or found when the next request meets it:
    // either way the check runs on a new connection, and passes
    server.answer = PlainHttpServer.Answer.THEN_CLOSE;
    Probe probe = probe(10, GENEROUS);

    List<String> details = checks(probe, 5);

    assertThat(details).containsOnly("pass HTTP 200").hasSize(5);
    assertThat(server.connections).hasValue(5);
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
    Probe probe = probe(10, GENEROUS);
    assertThat(check(probe).healthy()).isTrue();

    server.close();
    ProbeResult gone = check(probe);

    assertThat(gone.healthy()).isFalse();
    assertThat(gone.detail()).isEqualTo("connection refused");
  }
}
