package io.heal.cli.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Flips the sample service's fault switches under {@code /__simulate/}. */
public final class Faults {

  private final HttpClient http;

  public Faults(HttpClient http) {
    this.http = http;
  }

  /**
   * POSTs to {@code base/__simulate/what}. A crash may cut the answer short and a hang never
   * answers, so neither counts as an error; the result says what came back.
   */
  public String flip(URI base, String what) {
    HttpRequest req =
        HttpRequest.newBuilder(base.resolve("/__simulate/" + what))
            .timeout(Duration.ofMillis(800))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    try {
      HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
      return "HTTP " + r.statusCode();
    } catch (IOException e) {
      return "no answer (" + e.getClass().getSimpleName() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }
}
