package io.heal.detect.metrics;

import io.heal.core.signal.MetricSample;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Scrapes a service's Prometheus endpoint and returns its samples as {@link MetricSample}s stamped
 * with the scrape time (an exposed timestamp wins when present). Never throws for a failed scrape:
 * the failure is the result. Thread-safe; one instance can serve every service.
 */
public final class MetricsScraper {

  /** How long a scrape may take by default. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

  private static final String ACCEPT = "text/plain;version=0.0.4;q=1.0, */*;q=0.1";

  private final HttpClient client;

  public MetricsScraper() {
    // Prometheus endpoints speak HTTP/1.1; asking for an h2c upgrade on every scrape buys nothing
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(DEFAULT_TIMEOUT)
            .build();
  }

  /**
   * Scrapes {@code endpoint} once.
   *
   * @param service the service the samples belong to
   * @param endpoint the metrics URL, such as {@code http://127.0.0.1:8080/metrics}
   * @param timeout how long the request may take
   * @param now the wall time to stamp samples without their own timestamp
   */
  public ScrapeResult scrape(String service, URI endpoint, Duration timeout, Instant now) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(endpoint).timeout(timeout).header("Accept", ACCEPT).GET().build();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        return ScrapeResult.failed(endpoint + " answered HTTP " + response.statusCode());
      }
      return ScrapeResult.ok(toSamples(service, PrometheusTextParser.parse(response.body()), now));
    } catch (PrometheusFormatException e) {
      return ScrapeResult.failed(endpoint + ": " + e.getMessage());
    } catch (IOException | IllegalArgumentException e) {
      return ScrapeResult.failed(endpoint + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ScrapeResult.failed(endpoint + ": interrupted");
    }
  }

  /** Converts parsed lines to samples of {@code service}. */
  public static List<MetricSample> toSamples(
      String service, List<PrometheusSample> parsed, Instant now) {
    List<MetricSample> out = new ArrayList<>(parsed.size());
    for (PrometheusSample p : parsed) {
      Instant at =
          p.timestampMillis().isPresent()
              ? Instant.ofEpochMilli(p.timestampMillis().getAsLong())
              : now;
      out.add(new MetricSample(service, at, p.name(), p.labels(), p.value()));
    }
    return out;
  }
}
