package io.heal.daemon.internal;

import io.heal.core.anomaly.Anomaly;
import io.heal.core.spec.MetricWatchSpec;
import io.heal.detect.Anomalies;
import io.heal.detect.Detectors;
import io.heal.detect.LeakDetector;
import io.heal.detect.spi.Detector;
import io.heal.detect.spi.SeriesInfo;
import java.time.Instant;
import java.util.Optional;

/**
 * One watched series of one process: its detector (fresh for every process, since a restart resets
 * counters and memory) and, for counters, the previous value to take a rate from.
 */
final class SeriesJudge {

  private final String service;
  private final MetricWatchSpec watch;
  private final SeriesInfo info;
  private final String detectorName;
  private final Detector detector;
  private double lastValue = Double.NaN;
  private long lastMillis;

  SeriesJudge(String service, MetricWatchSpec watch) {
    this.service = service;
    this.watch = watch;
    double limit = watch.limit().orElse(Double.NaN);
    this.info =
        SeriesInfo.withRange(watch.metric() + (watch.rate() ? " rate" : ""), Double.NaN, limit);
    this.detectorName =
        watch.detector().equals(MetricWatchSpec.DEFAULT_DETECTOR)
            ? Detectors.defaultName()
            : watch.detector();
    if (detectorName.equals(LeakDetector.NAME)
        && (watch.window() > 0 || watch.urgentWithin().isPresent())) {
      this.detector =
          new LeakDetector(
              watch.window() > 0 ? watch.window() : LeakDetector.DEFAULT_WINDOW_SAMPLES,
              limit,
              watch.urgentWithin().orElse(LeakDetector.DEFAULT_URGENT_WITHIN));
    } else {
      this.detector =
          Detectors.byName(detectorName)
              .orElseThrow(
                  () -> new IllegalArgumentException("detector: unknown, found " + detectorName))
              .create(info);
    }
  }

  String metric() {
    return watch.metric();
  }

  /** Feeds one reading; a counter's first reading and a reset give no verdict. */
  Optional<Anomaly> observe(Instant at, double value) {
    long millis = at.toEpochMilli();
    double judged = value;
    if (watch.rate()) {
      double previous = lastValue;
      long previousMillis = lastMillis;
      lastValue = value;
      lastMillis = millis;
      if (Double.isNaN(previous) || value < previous || millis <= previousMillis) {
        return Optional.empty();
      }
      judged = (value - previous) * 1000.0 / (millis - previousMillis);
    }
    return Anomalies.of(service, at, info, detectorName, judged, detector.observe(millis, judged));
  }
}
