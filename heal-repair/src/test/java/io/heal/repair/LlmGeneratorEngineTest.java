package io.heal.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.heal.repair.llm.LlmConfig;
import io.heal.repair.llm.LlmPatchGenerator;
import io.heal.repair.report.RepairReport;
import io.heal.repair.report.RepairStatus;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language-model generator against a fake OpenAI-compatible endpoint on loopback. */
class LlmGeneratorEngineTest {

  @TempDir Path dir;
  private HttpServer server;

  private static final String BUGGY =
      """
      package m;

      public class Price {
        public int total(int unit, int count) {
          return unit + count;
        }
      }
      """;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private URI serve(String answer, AtomicReference<String> request) throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/v1/chat/completions",
        exchange -> {
          request.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          ObjectNode body = new ObjectMapper().createObjectNode();
          body.putArray("choices")
              .addObject()
              .putObject("message")
              .put("role", "assistant")
              .put("content", answer);
          byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
  }

  @Test
  void validatesAndGatesTheModelsPatchLikeAnyOther() throws Exception {
    TinyProject.write(dir, "src/main/java/m/Price.java", BUGGY);
    TinyProject.write(
        dir,
        "src/test/java/m/PriceTest.java",
        """
        package m;
        import static org.junit.jupiter.api.Assertions.assertEquals;
        import org.junit.jupiter.api.Test;
        class PriceTest {
          @Test void multipliesUnitByCount() { assertEquals(6, new Price().total(2, 3)); }
        }
        """);
    AtomicReference<String> request = new AtomicReference<>();
    URI endpoint =
        serve(
            "Here you go:\n```java\n" + BUGGY.replace("unit + count", "unit * count") + "```\n",
            request);
    LlmPatchGenerator model =
        new LlmPatchGenerator(
            new LlmConfig(endpoint, "tiny-coder", "", LlmConfig.DEFAULT_TIMEOUT, 1));

    RepairReport report =
        new RepairEngine(new TinyProject(), List.of(model))
            .repair(RepairOptions.defaults(dir).withOutDir(dir.resolve("out")));

    assertThat(report.status()).isEqualTo(RepairStatus.FIXED);
    assertThat(report.patch().generator()).isEqualTo("llm");
    assertThat(report.patch().risk()).isGreaterThanOrEqualTo(1);
    assertThat(report.patch().riskReasons())
        .anySatisfy(r -> assertThat(r).contains("language model"));
    assertThat(request.get())
        .contains("\"model\":\"tiny-coder\"")
        .contains("PriceTest#multipliesUnitByCount");
  }
}
