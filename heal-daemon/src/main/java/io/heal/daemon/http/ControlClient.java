package io.heal.daemon.http;

import com.fasterxml.jackson.jr.ob.JSON;
import io.heal.core.service.ServiceStatus;
import io.heal.store.HealJson;
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
  private final JSON json = HealJson.json();

  public ControlClient(URI base, HttpClient http) {
    this.base = base;
    this.http = http;
  }

  public List<ServiceStatus> services() {
    String body = call("GET", "/v1/services", null);
    try {
      return json.listOfFrom(ServiceStatus.class, body);
    } catch (IOException e) {
      throw unreadable(200, body);
    }
  }

  public String restart(String service) {
    return accepted(call("POST", "/v1/services/" + service + "/restart", ""));
  }

  public String rollback(String service) {
    return accepted(call("POST", "/v1/services/" + service + "/rollback", ""));
  }

  public String deploy(String service, String version) {
    String body;
    try {
      body = json.asString(Map.of("version", version));
    } catch (IOException e) {
      throw new IllegalStateException("version: cannot write " + version + " as JSON", e);
    }
    return accepted(call("POST", "/v1/services/" + service + "/deploy", body));
  }

  private String accepted(String reply) {
    try {
      return String.valueOf(json.mapFrom(reply).get("accepted"));
    } catch (IOException e) {
      throw unreadable(202, reply);
    }
  }

  /** The body of a 2xx answer; a problem answer becomes a {@link ControlException}. */
  private String call(String method, String path, String body) {
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
    if (response.statusCode() < 400) {
      return response.body();
    }
    Problem p;
    try {
      p = json.beanFrom(Problem.class, response.body());
    } catch (IOException e) {
      throw unreadable(response.statusCode(), response.body());
    }
    throw new ControlException(
        p == null ? "the daemon answered " + response.statusCode() : p.detail());
  }

  private static ControlException unreadable(int status, String body) {
    return new ControlException(
        "the daemon answered " + status + " with an unreadable body: " + body);
  }
}
