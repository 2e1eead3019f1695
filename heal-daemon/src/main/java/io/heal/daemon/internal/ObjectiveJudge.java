package io.heal.daemon.internal;

import io.heal.core.anomaly.Anomaly;
import io.heal.core.spec.ObjectiveSpec;
import io.heal.detect.Anomalies;
import io.heal.detect.BurnRateDetector;
import io.heal.detect.spi.Detector;
import io.heal.detect.spi.SeriesInfo;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One error-ratio objective of one process: from two scraped counters (errors, total) it takes the
 * error ratio of each scrape interval and feeds it to a multi-window burn-rate detector.
 */
final class ObjectiveJudge {

  private final String service;
  private final ObjectiveSpec objective;
  private final SeriesInfo info;
  private final Detector detector;
  private double lastErrors = Double.NaN;
  private double lastTotal = Double.NaN;

  ObjectiveJudge(String service, ObjectiveSpec objective) {
    this.service = service;
    this.objective = objective;
    this.info = SeriesInfo.of("slo " + objective.name() + " error ratio");
    this.detector = BurnRateDetector.errorRatioFactory(objective.target()).create(info);
  }

  /** Feeds one scrape's summed counters; the first scrape and counter resets give no verdict. */
  Optional<Anomaly> observe(Instant at, Map<String, Double> sums) {
    Double errors = sums.get(objective.errorsMetric());
    Double total = sums.get(objective.totalMetric());
    if (total == null) {
      return Optional.empty();
    }
    double e = errors == null ? 0 : errors;
    double previousErrors = lastErrors;
    double previousTotal = lastTotal;
    lastErrors = e;
    lastTotal = total;
    if (Double.isNaN(previousTotal) || total < previousTotal || e < previousErrors) {
      return Optional.empty();
    }
    double requests = total - previousTotal;
    if (requests <= 0) {
      return Optional.empty();
    }
    double ratio = Math.min(1, (e - previousErrors) / requests);
    return Anomalies.of(
        service,
        at,
        info,
        BurnRateDetector.NAME,
        ratio,
        detector.observe(at.toEpochMilli(), ratio));
  }

  /** The metrics this objective needs from a scrape. */
  boolean uses(String metric) {
    return metric.equals(objective.errorsMetric()) || metric.equals(objective.totalMetric());
  }
}
