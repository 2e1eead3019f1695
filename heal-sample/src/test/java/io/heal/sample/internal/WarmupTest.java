package io.heal.sample.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.heal.sample.StubHttpServer;
import java.net.HttpURLConnection;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WarmupTest {

  @Test
  void formatsTheDateHeaderTheWayTheJdkServerDoes() {
    assertThat(Warmup.httpDate(Instant.parse("2026-11-25T01:02:03Z")))
        .isEqualTo("Wed, 25 Nov 2026 01:02:03 GMT");
  }

  @Test
  void theJdkServerSendsItsDateHeaderInThatForm() throws Exception {
    HttpServer server = StubHttpServer.answering(204);
    try {
      URL url = new URL(StubHttpServer.url(server));
      HttpURLConnection connection = (HttpURLConnection) url.openConnection();
      String date = connection.getHeaderField("Date");
      connection.disconnect();

      Instant parsed = Warmup.HTTP_DATE.parse(date, Instant::from);
      assertThat(Warmup.httpDate(parsed)).isEqualTo(date);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void runsOnADaemonThreadThatEnds() {
    Thread thread = Warmup.start();

    assertThat(thread.getName()).isEqualTo("sample-warmup");
    assertThat(thread.isDaemon()).isTrue();
    await().atMost(Duration.ofSeconds(10)).until(() -> !thread.isAlive());
  }
}
