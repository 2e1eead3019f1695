package io.heal.detect.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.heal.core.signal.MetricSample;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MetricsScraperTest {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private HttpServer server;
  private volatile String body = "";
  private volatile int status = 200;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/metrics",
        ex -> {
          byte[] b = body.getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(status, b.length);
          try (OutputStream o = ex.getResponseBody()) {
            o.write(b);
          }
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/metrics");
  }

  @Test
  void scrapesAnEndpointIntoSamplesOfTheService() {
    body = "# TYPE queue_depth gauge\nqueue_depth{queue=\"jobs\"} 42\nup 1 1700000000000\n";

    ScrapeResult r = new MetricsScraper().scrape("api", endpoint(), Duration.ofSeconds(30), NOW);

    assertThat(r.ok()).isTrue();
    assertThat(r.samples())
        .containsExactly(
            new MetricSample("api", NOW, "queue_depth", java.util.Map.of("queue", "jobs"), 42),
            new MetricSample(
                "api", Instant.ofEpochMilli(1700000000000L), "up", java.util.Map.of(), 1));
  }

  @Test
  void aFailedScrapeIsAResultNotAnException() {
    status = 503;

    ScrapeResult r = new MetricsScraper().scrape("api", endpoint(), Duration.ofSeconds(30), NOW);

    assertThat(r.ok()).isFalse();
    assertThat(r.error()).hasValueSatisfying(e -> assertThat(e).contains("HTTP 503"));
  }

  @Test
  void aMalformedExpositionIsReportedWithItsLine() {
    body = "good 1\nbad line here\n";

    ScrapeResult r = new MetricsScraper().scrape("api", endpoint(), Duration.ofSeconds(30), NOW);

    assertThat(r.error()).hasValueSatisfying(e -> assertThat(e).contains("line 2"));
  }
}
