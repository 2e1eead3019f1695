package io.heal.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting and stopping the sample service: SIGTERM, bad releases, dependencies, arguments. */
class SampleLifecycleTest {

  @TempDir Path workDir;

  @Test
  void stopsGracefullyWithExitZeroOnSigterm() throws Exception {
    try (SampleProcess sample = SampleProcess.startReady(workDir)) {
      sample.process().destroy();

      assertThat(sample.awaitExit()).isZero();
    }
  }

  @Test
  void badReleaseIsNeverHealthyAndLogsWhy() throws Exception {
    try (SampleProcess sample =
        SampleProcess.startReady(workDir, "--release", "v2", "--bad-release")) {
      assertThat(sample.get("/healthz").statusCode()).isEqualTo(503);
      assertThat(sample.get("/healthz").body()).contains("\"status\":\"unhealthy\"");
      assertThat(sample.get("/readyz").statusCode()).isEqualTo(503);
      assertThat(sample.lines()).contains("ERROR release v2: config key 'ledger.url' missing");
    }
  }

  @Test
  void readyzFailsWhenDependencyDoesNotAnswer() throws Exception {
    int deadPort = freePort();
    try (SampleProcess sample =
        SampleProcess.startReady(
            workDir, "--depends-on", "http://127.0.0.1:" + deadPort + "/healthz")) {
      assertThat(sample.get("/readyz").statusCode()).isEqualTo(503);
      assertThat(sample.get("/healthz").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void readyzPassesWhenDependencyAnswers() throws Exception {
    HttpServer dependency = StubHttpServer.answering(200);
    String url = StubHttpServer.url(dependency);
    try (SampleProcess sample = SampleProcess.startReady(workDir, "--depends-on", url)) {
      // the first check may meet a cold JVM on a busy machine: readiness must come, not be instant
      await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () -> {
                var response = sample.get("/readyz");
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
              });
    } finally {
      dependency.stop(0);
    }
  }

  @Test
  void refusesUnknownOptionWithExitTwo() throws Exception {
    try (SampleProcess sample = SampleProcess.start(workDir, "--colour", "red")) {
      assertThat(sample.awaitExit()).isEqualTo(2);
      sample.awaitLine("ERROR unknown option, found '--colour'");
    }
  }

  private static int freePort() throws Exception {
    try (java.net.ServerSocket socket =
        new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
