package io.heal.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.heal.core.signal.ProbeResult;
import io.heal.core.spec.ProbeTarget;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP probe against a real loopback server that can answer, fail or hang. */
class HttpProbeTest extends ProbeContractTest {

  private static HttpServer server;
  private static final List<HttpExchange> hanging = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/ok", exchange -> answer(exchange, 200, "{\"status\":\"ok\"}"));
    server.createContext("/fail", exchange -> answer(exchange, 503, "{\"status\":\"down\"}"));
    // never answers: the exchange is kept open and the handler returns
    server.createContext("/hang", hanging::add);
    server.createContext(
        "/chunked",
        exchange -> {
          exchange.sendResponseHeaders(200, 0); // length 0: a chunked body
          try (OutputStream out = exchange.getResponseBody()) {
            out.write("{\"status\":".getBytes(StandardCharsets.UTF_8));
            out.flush();
            out.write("\"UP\"}".getBytes(StandardCharsets.UTF_8));
          }
        });
    // far larger than the probe's first read buffer, with the pattern at the very end
    server.createContext(
        "/large", exchange -> answer(exchange, 200, "x".repeat(20_000) + "\"status\":\"UP\""));
    server.createContext(
        "/moved",
        exchange -> {
          exchange.getResponseHeaders().add("Location", "/ok");
          answer(exchange, 302, "");
        });
    server.start();
  }

  @AfterAll
  static void stopServer() {
    server.stop(0);
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static ProbeTarget.Http http(String path, Optional<Pattern> body) {
    URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    return new ProbeTarget.Http(
        url, ProbeTarget.Http.DEFAULT_STATUS_MIN, ProbeTarget.Http.DEFAULT_STATUS_MAX, body);
  }

  @Override
  ProbeTarget healthyTarget() {
    return http("/ok", Optional.empty());
  }

  @Override
  ProbeTarget deadTarget() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return new ProbeTarget.Http(
          URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/"),
          200,
          399,
          Optional.empty());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  Optional<ProbeTarget> hangingTarget() {
    return Optional.of(http("/hang", Optional.empty()));
  }

  @Test
  void reportsStatus() throws Exception {
    ProbeResult result = result(probe(healthyTarget()).check());

    assertThat(result.detail()).isEqualTo("HTTP 200");
  }

  @Test
  void failsOnStatusOutsideRange() throws Exception {
    ProbeResult result = result(probe(http("/fail", Optional.empty())).check());

    assertThat(result.healthy()).isFalse();
    assertThat(result.detail()).isEqualTo("HTTP 503");
  }

  @Test
  void failsWhenBodyDoesNotMatch() throws Exception {
    ProbeResult result = result(probe(http("/ok", Optional.of(Pattern.compile("UP")))).check());

    assertThat(result.healthy()).isFalse();
    assertThat(result.detail()).isEqualTo("body did not match /UP/");
  }

  @Test
  void passesWhenBodyMatches() throws Exception {
    ProbeResult result =
        result(probe(http("/ok", Optional.of(Pattern.compile("\"status\":\"ok\"")))).check());

    assertThat(result.healthy()).isTrue();
  }

  @Test
  void matchesAPatternAtTheEndOfABodyLargerThanTheFirstRead() throws Exception {
    ProbeResult result =
        result(probe(http("/large", Optional.of(Pattern.compile("\"status\":\"UP\"$")))).check());

    assertThat(result.healthy()).as(result.detail()).isTrue();
  }

  @Test
  void matchesAChunkedBody() throws Exception {
    ProbeResult result =
        result(probe(http("/chunked", Optional.of(Pattern.compile("\"status\":\"UP\"")))).check());

    assertThat(result.healthy()).as(result.detail()).isTrue();
  }

  @Test
  void judgesARedirectByItsStatusWithoutFollowingIt() throws Exception {
    URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/moved");
    ProbeTarget target = new ProbeTarget.Http(url, 200, 299, Optional.empty());

    ProbeResult result = result(probe(target).check());

    assertThat(result.healthy()).isFalse();
    assertThat(result.detail()).isEqualTo("HTTP 302");
  }

  @Test
  void matchesABodyThatEndsWhenTheServerCloses() throws Exception {
    // an HTTP/1.0 answer without Content-Length: the body runs to the end of the connection
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread answering =
          new Thread(
              () -> {
                try (Socket s = listener.accept()) {
                  s.getInputStream().read(new byte[4096]);
                  s.getOutputStream()
                      .write(
                          "HTTP/1.0 200 OK\r\n\r\nall systems UP".getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                  // the probe then fails, and the assertion says so
                }
              });
      answering.start();
      URI url = URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/");
      ProbeTarget target = new ProbeTarget.Http(url, 200, 399, Optional.of(Pattern.compile("UP$")));

      ProbeResult result = result(probe(target).check());

      assertThat(result.healthy()).as(result.detail()).isTrue();
      answering.join();
    }
  }

  @Test
  void saysConnectionRefusedForClosedPort() throws Exception {
    ProbeResult result = result(probe(deadTarget()).check());

    assertThat(result.detail()).isEqualTo("connection refused");
  }
}
