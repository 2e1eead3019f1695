package io.heal.repair.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.heal.repair.classify.Classification;
import io.heal.repair.localise.Location;
import io.heal.repair.spi.Candidate;
import io.heal.repair.spi.PatchGenerator;
import io.heal.repair.spi.RepairContext;
import io.heal.repair.spi.RiskFlag;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks an OpenAI-compatible chat endpoint for the corrected source of the most suspicious file.
 * Never throws into the engine: a failed request gives no candidates.
 */
public final class LlmPatchGenerator implements PatchGenerator {

  private static final Pattern JAVA_BLOCK =
      Pattern.compile("```(?:java)?\\s*\\n(.*?)```", Pattern.DOTALL);

  private final LlmConfig config;
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http;

  /**
   * A generator for one endpoint.
   *
   * @param config the endpoint and model
   */
  public LlmPatchGenerator(LlmConfig config) {
    this.config = config;
    this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
  }

  @Override
  public String name() {
    return "llm";
  }

  @Override
  public List<Candidate> generate(RepairContext context) {
    List<Candidate> out = new ArrayList<>();
    if (context.locations().isEmpty()) {
      return out;
    }
    Location top = context.locations().get(0);
    try {
      String source = Files.readString(context.mainSources().resolve(top.file()));
      Set<String> seen = new LinkedHashSet<>();
      for (String answer : ask(prompt(context, top, source))) {
        Matcher m = JAVA_BLOCK.matcher(answer);
        if (m.find()) {
          String patched = m.group(1);
          if (!patched.strip().equals(source.strip()) && seen.add(patched)) {
            out.add(
                new Candidate(
                    top.file(),
                    patched,
                    name(),
                    "llm:" + config.model(),
                    "model-proposed edit of " + top.file(),
                    top.line(),
                    Set.of(RiskFlag.MODEL_GENERATED)));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return out;
  }

  private String prompt(RepairContext context, Location top, String source) {
    StringBuilder p = new StringBuilder("These JUnit tests fail:\n");
    for (Classification c : context.failures()) {
      p.append("- ")
          .append(c.test())
          .append(": ")
          .append(c.failureClass())
          .append(", ")
          .append(c.symptom())
          .append('\n');
    }
    p.append("\nThe most suspicious line is ")
        .append(top.file())
        .append(':')
        .append(top.line())
        .append(". Here is the file with line numbers:\n\n");
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      p.append(String.format("%4d  %s%n", i + 1, lines[i]));
    }
    p.append(
        "\nFix the bug with the smallest change. Do not delete checks, do not special-case the "
            + "tests. Answer with the complete corrected file in one ```java block, without line numbers.");
    return p.toString();
  }

  private List<String> ask(String prompt) throws IOException, InterruptedException {
    ObjectNode body = json.createObjectNode();
    body.put("model", config.model());
    body.put("temperature", 0.2);
    body.put("n", config.choices());
    ArrayNode messages = body.putArray("messages");
    messages
        .addObject()
        .put("role", "system")
        .put("content", "You are a careful Java maintainer who repairs bugs.");
    messages.addObject().put("role", "user").put("content", prompt);
    String base = config.endpoint().toString().replaceAll("/+$", "");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "/chat/completions"))
            .timeout(config.timeout())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
    if (!config.apiKey().isEmpty()) {
      request.header("Authorization", "Bearer " + config.apiKey());
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    List<String> answers = new ArrayList<>();
    if (response.statusCode() / 100 != 2) {
      return answers;
    }
    JsonNode root = json.readTree(response.body());
    for (JsonNode choice : root.path("choices")) {
      String content = choice.path("message").path("content").asText("");
      if (!content.isEmpty()) {
        answers.add(content);
      }
    }
    return answers;
  }
}
