package io.heal.detect.metrics;

import io.heal.core.signal.MetricSample;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one scrape: the samples, or the reason there are none.
 *
 * @param samples the samples, empty on failure
 * @param error why the scrape failed, when it did
 */
public record ScrapeResult(List<MetricSample> samples, Optional<String> error) {

  public ScrapeResult {
    samples = List.copyOf(samples);
  }

  static ScrapeResult ok(List<MetricSample> samples) {
    return new ScrapeResult(samples, Optional.empty());
  }

  static ScrapeResult failed(String error) {
    return new ScrapeResult(List.of(), Optional.of(error));
  }

  public boolean ok() {
    return error.isEmpty();
  }
}
