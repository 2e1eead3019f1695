package io.heal.daemon.internal;

import io.heal.core.incident.Incident;
import io.heal.core.spec.ServiceSpec;
import io.heal.daemon.spi.Notifier;
import io.heal.store.HealJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Posts an escalation as JSON to each of the service's webhooks, asynchronously, and always logs
 * it. A webhook that fails or times out is logged, never retried into the engine.
 */
public final class WebhookNotifier implements Notifier {

  /** How long a webhook may take to answer. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

  private static final Logger LOG = Logger.getLogger("heal.escalation");

  private final java.util.function.Supplier<HttpClient> http;
  private HttpClient client;

  public WebhookNotifier(HttpClient http) {
    this(() -> http);
  }

  /**
   * With the client made on first use: most daemons never escalate, and a client costs a thread.
   */
  public WebhookNotifier(java.util.function.Supplier<HttpClient> http) {
    this.http = http;
  }

  private synchronized HttpClient client() {
    if (client == null) {
      client = http.get();
    }
    return client;
  }

  @Override
  public void escalate(ServiceSpec service, Incident incident, String reason) {
    LOG.warning(
        () ->
            "ESCALATED "
                + service.name()
                + " incident "
                + incident.id()
                + ": "
                + reason
                + " (run 'heal restart "
                + service.name()
                + "' once it is fixed)");
    if (service.escalation().webhooks().isEmpty()) {
      return;
    }
    String body;
    try {
      body = HealJson.json().asString(payload(service, incident, reason));
    } catch (IOException e) {
      LOG.log(Level.WARNING, "cannot encode escalation of " + incident.id(), e);
      return;
    }
    for (URI hook : service.escalation().webhooks()) {
      HttpRequest request =
          HttpRequest.newBuilder(hook)
              .timeout(DEFAULT_TIMEOUT)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      client()
          .sendAsync(request, HttpResponse.BodyHandlers.discarding())
          .whenComplete(
              (response, error) -> {
                if (error != null) {
                  LOG.warning("webhook " + hook + " failed: " + error);
                } else if (response.statusCode() >= 300) {
                  LOG.warning("webhook " + hook + " answered " + response.statusCode());
                }
              });
    }
  }

  private static Map<String, Object> payload(
      ServiceSpec service, Incident incident, String reason) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("event", "escalation");
    m.put("service", service.name());
    m.put("reason", reason);
    m.put("action_needed", "fix the cause, then run: heal restart " + service.name());
    m.put("incident", incident);
    return m;
  }
}
