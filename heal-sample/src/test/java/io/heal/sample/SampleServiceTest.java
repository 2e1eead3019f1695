package io.heal.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sample service's endpoints, through real HTTP against one child JVM. */
class SampleServiceTest {

  @TempDir static Path workDir;
  private static SampleProcess sample;

  @BeforeAll
  static void startSample() throws Exception {
    sample = SampleProcess.startReady(workDir, "--name", "orders", "--release", "v7");
  }

  @AfterAll
  static void stopSample() {
    sample.close();
  }

  @Test
  void printsReadyLineWithNameReleaseAndPort() {
    assertThat(sample.lines())
        .anyMatch(
            line ->
                line.matches(
                    "sample orders release v7 ready on port " + sample.port() + " in \\d+ ms"));
  }

  @Test
  void healthzAnswersOkWithRelease() throws Exception {
    HttpResponse<String> response = sample.get("/healthz");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"status\":\"ok\",\"release\":\"v7\"}");
  }

  @Test
  void readyzAnswersReady() throws Exception {
    assertThat(sample.get("/readyz").statusCode()).isEqualTo(200);
  }

  @Test
  void computeDividesTwoNumbers() throws Exception {
    HttpResponse<String> response = sample.post("/compute", "{\"a\": 6, \"b\": 3}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"result\": 2.0}");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"a\": 6, \"b\": 0}       | field 'b': must not be zero, found 0",
        "{\"a\": 6}                 | field 'b': required, found nothing",
        "{\"a\": \"x\", \"b\": 1}   | field 'a': must be a number, found \\\"x\\\"",
        "{\"a\": 6, \"b\": null}    | field 'b': must be a number, found null",
        "{\"a\": 6,                 | body: expected a string key at offset 8, found end of input",
        "[6, 3]                     | body: must be a JSON object, found an array",
      })
  void computeAnswersProblemForBadInput(String body, String detail) throws Exception {
    HttpResponse<String> response = sample.post("/compute", body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body())
        .isEqualTo(
            "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\""
                + detail
                + "\"}");
  }

  @Test
  void computeRefusesGet() throws Exception {
    assertThat(sample.get("/compute").statusCode()).isEqualTo(405);
  }

  @Test
  void metricsExposeCountersHistogramAndHeap() throws Exception {
    sample.get("/healthz");

    HttpResponse<String> response = sample.get("/metrics");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("text/plain; version=0.0.4; charset=utf-8");
    assertThat(response.body())
        .contains("sample_up 1\n")
        .containsPattern("sample_requests_total\\{path=\"/healthz\",code=\"200\"} [1-9]")
        .contains("sample_request_errors_total ")
        .contains("sample_request_duration_seconds_bucket{le=\"0.005\"} ")
        .containsPattern("sample_request_duration_seconds_bucket\\{le=\"\\+Inf\"} [1-9]")
        .contains("sample_request_duration_seconds_sum ")
        .containsPattern("sample_jvm_heap_used_bytes [1-9]\\d*\n")
        .containsPattern("sample_jvm_heap_max_bytes [1-9]\\d*\n");
  }

  @Test
  void unknownPathAnswersNotFound() throws Exception {
    assertThat(sample.get("/nope").statusCode()).isEqualTo(404);
  }

  @Test
  void faultSwitchesAnswerNotFoundWhenFaultsAreDisabled() throws Exception {
    assertThat(sample.post("/__simulate/crash", "").statusCode()).isEqualTo(404);
    assertThat(sample.get("/__simulate/unhealthy").statusCode()).isEqualTo(404);

    assertThat(sample.process().isAlive()).isTrue();
    assertThat(sample.get("/healthz").statusCode()).isEqualTo(200);
  }
}
