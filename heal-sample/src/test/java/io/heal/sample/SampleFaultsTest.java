package io.heal.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fault switches under /__simulate/, each against its own child JVM. */
class SampleFaultsTest {

  private static final Pattern HEAP_USED = Pattern.compile("sample_jvm_heap_used_bytes (\\d+)");

  @TempDir Path workDir;

  @Test
  void unhealthySwitchFailsHealthzUntilHealthySwitch() throws Exception {
    try (SampleProcess sample = SampleProcess.startReady(workDir, "--enable-faults")) {
      assertThat(sample.post("/__simulate/unhealthy", "").statusCode()).isEqualTo(202);
      assertThat(sample.get("/healthz").statusCode()).isEqualTo(503);

      sample.get("/__simulate/healthy");

      assertThat(sample.get("/healthz").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void crashAnswersThenExitsWithRequestedCode() throws Exception {
    try (SampleProcess sample = SampleProcess.startReady(workDir, "--enable-faults")) {
      assertThat(sample.post("/__simulate/crash?code=7", "").statusCode()).isEqualTo(202);

      assertThat(sample.awaitExit()).isEqualTo(7);
      assertThat(Files.exists(workDir.resolve("crash-loop"))).isFalse();
    }
  }

  @Test
  void persistentCrashLeavesMarkerThatMakesNextStartCrashLoop() throws Exception {
    Path stateDir = workDir.resolve("state");
    try (SampleProcess sample =
        SampleProcess.startReady(workDir, "--enable-faults", "--state-dir", stateDir.toString())) {
      sample.post("/__simulate/crash?persist=true", "");

      assertThat(sample.awaitExit()).isEqualTo(3);
    }
    assertThat(stateDir.resolve("crash-loop")).exists();

    try (SampleProcess restarted =
        SampleProcess.start(workDir, "--enable-faults", "--state-dir", stateDir.toString())) {
      assertThat(restarted.awaitExit()).isEqualTo(3);
      restarted.awaitLine("FATAL state file corrupt (crash-loop marker present)");
    }
  }

  @Test
  void hangBlocksEveryRequestWhileProcessStaysAlive() throws Exception {
    try (SampleProcess sample = SampleProcess.startReady(workDir, "--enable-faults")) {
      assertThat(sample.post("/__simulate/hang", "").statusCode()).isEqualTo(202);

      HttpRequest healthz =
          HttpRequest.newBuilder(sample.uri("/healthz")).timeout(Duration.ofMillis(300)).build();
      assertThatThrownBy(() -> SampleProcess.send(healthz))
          .isInstanceOf(HttpTimeoutException.class);
      assertThat(sample.process().isAlive()).isTrue();
    }
  }

  @Test
  void leakGrowsHeapUsedUntilReset() throws Exception {
    try (SampleProcess sample = SampleProcess.startReady(workDir, "--enable-faults")) {
      long before = heapUsed(sample);

      sample.post("/__simulate/leak?mb_per_s=50", "");

      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> heapUsed(sample) > before + 64L * 1024 * 1024);

      assertThat(sample.post("/__simulate/reset", "").statusCode()).isEqualTo(202);
      await().atMost(Duration.ofSeconds(30)).until(() -> heapUsed(sample) < before + (32L << 20));
    }
  }

  @Test
  void errorsSwitchFailsComputeUntilReset() throws Exception {
    try (SampleProcess sample = SampleProcess.startReady(workDir, "--enable-faults")) {
      sample.post("/__simulate/errors?rate=1", "");

      assertThat(sample.post("/compute", "{\"a\": 6, \"b\": 3}").statusCode()).isEqualTo(500);
      assertThat(sample.get("/metrics").body()).contains("sample_request_errors_total 1\n");

      sample.post("/__simulate/reset", "");

      assertThat(sample.post("/compute", "{\"a\": 6, \"b\": 3}").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void latencySwitchDelaysRequestsUntilReset() throws Exception {
    try (SampleProcess sample = SampleProcess.startReady(workDir, "--enable-faults")) {
      sample.post("/__simulate/latency?ms=5000", "");
      HttpRequest healthz =
          HttpRequest.newBuilder(sample.uri("/healthz")).timeout(Duration.ofMillis(300)).build();

      assertThatThrownBy(() -> SampleProcess.send(healthz))
          .isInstanceOf(HttpTimeoutException.class);

      sample.post("/__simulate/reset", "");
      assertThat(sample.get("/healthz").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void badFaultParameterAnswersProblem() throws Exception {
    try (SampleProcess sample = SampleProcess.startReady(workDir, "--enable-faults")) {
      var response = sample.post("/__simulate/errors?rate=2", "");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body()).contains("rate: must be within [0.0, 1.0], found 2");
    }
  }

  private static long heapUsed(SampleProcess sample) throws Exception {
    Matcher matcher = HEAP_USED.matcher(sample.get("/metrics").body());
    assertThat(matcher.find()).isTrue();
    return Long.parseLong(matcher.group(1));
  }
}
