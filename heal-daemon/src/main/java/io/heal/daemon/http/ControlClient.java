package io.heal.daemon.http;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.heal.core.service.ServiceStatus;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Talks to a running daemon's control API. Thread-safe. */
public final class ControlClient {

  /** How long a command may take. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

  private final URI base;
  private final HttpClient http;
  private final ObjectMapper json;

  public ControlClient(URI base, HttpClient http, ObjectMapper json) {
    this.base = base;
    this.http = http;
    this.json = json;
  }

  public List<ServiceStatus> services() {
    return json.convertValue(call("GET", "/v1/services", null), new TypeReference<>() {});
  }

  public String restart(String service) {
    return accepted(call("POST", "/v1/services/" + service + "/restart", ""));
  }

  public String rollback(String service) {
    return accepted(call("POST", "/v1/services/" + service + "/rollback", ""));
  }

  public String deploy(String service, String version) {
    try {
      String body = json.writeValueAsString(Map.of("version", version));
      return accepted(call("POST", "/v1/services/" + service + "/deploy", body));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String accepted(Object reply) {
    return String.valueOf(((Map<?, ?>) reply).get("accepted"));
  }

  private Object call(String method, String path, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(DEFAULT_TIMEOUT)
            .header("Content-Type", "application/json");
    b = body == null ? b.GET() : b.method(method, HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response;
    try {
      response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException e) {
      throw new ControlException(
          "no Heal daemon answers at " + base + " (start one with 'heal run -c heal.yaml')");
    } catch (IOException e) {
      throw new ControlException("cannot reach the Heal daemon at " + base + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ControlException("interrupted while calling " + base);
    }
    try {
      if (response.statusCode() >= 400) {
        Problem p = json.readValue(response.body(), Problem.class);
        throw new ControlException(p.detail());
      }
      return json.readValue(response.body(), Object.class);
    } catch (IOException e) {
      throw new ControlException(
          "the daemon answered "
              + response.statusCode()
              + " with an unreadable body: "
              + response.body());
    }
  }
}
