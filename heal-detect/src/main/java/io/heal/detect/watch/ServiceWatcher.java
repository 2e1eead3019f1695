package io.heal.detect.watch;

import io.heal.core.anomaly.Anomaly;
import io.heal.core.anomaly.Severity;
import io.heal.core.signal.LogLine;
import io.heal.core.signal.MetricSample;
import io.heal.detect.Anomalies;
import io.heal.detect.log.ErrorLineRate;
import io.heal.detect.log.LogSignature;
import io.heal.detect.log.LogSignatures;
import io.heal.detect.spi.SeriesInfo;
import io.heal.detect.spi.Verdict;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Detection for one service: one detector per watched series (a metric and one label set), created
 * on its first sample; log lines matched against signatures and counted into an ERROR-line rate. An
 * anomaly of a series is reported once; repeats of the same or lower severity are held back for
 * {@code holdFor} after the last report, a higher severity is reported at once.
 *
 * <p>Not thread-safe: feed it from one thread (the service's scrape task), or guard it.
 */
public final class ServiceWatcher {

  /** How long repeats of an ongoing anomaly are held back by default. */
  public static final Duration DEFAULT_HOLD_FOR = Duration.ofMinutes(5);

  /** Series per service at most: label sets beyond this are ignored (a cardinality guard). */
  public static final int MAX_SERIES = 1000;

  /** The metric name of the ERROR-line rate, watched with the default detector. */
  public static final String ERROR_LINES = "heal_log_error_lines_per_minute";

  private final String service;
  private final Map<String, MetricWatch> watches = new HashMap<>();
  // by metric, then by label set: no key string is built per sample
  private final Map<String, Map<Map<String, String>, Series>> series = new HashMap<>();
  private final LogSignatures signatures;
  private final ErrorLineRate errorRate = new ErrorLineRate(ErrorLineRate.DEFAULT_WINDOW);
  private final Duration holdFor;

  /**
   * @param service the service's name
   * @param watched the watched metrics (one per metric name)
   * @param signatures the log signatures
   * @param holdFor how long repeats of an ongoing anomaly are held back
   */
  public ServiceWatcher(
      String service, List<MetricWatch> watched, LogSignatures signatures, Duration holdFor) {
    this.service = service;
    for (MetricWatch w : watched) {
      if (watches.put(w.metric(), w) != null) {
        throw new IllegalArgumentException(
            "metrics: metric '" + w.metric() + "' is watched twice for service " + service);
      }
    }
    watches.putIfAbsent(ERROR_LINES, MetricWatch.of(ERROR_LINES).withUnit("/min"));
    this.signatures = signatures;
    this.holdFor = holdFor;
  }

  /** Feeds a sample; unwatched metrics are ignored. Returns the anomaly to report, if any. */
  public Optional<Anomaly> observe(MetricSample sample) {
    MetricWatch w = watches.get(sample.metric());
    if (w == null || Double.isNaN(sample.value())) {
      return Optional.empty();
    }
    Series s = seriesOf(sample, w);
    if (s == null) {
      return Optional.empty();
    }
    return s.observe(sample.at().toEpochMilli(), sample.value())
        .flatMap(
            r ->
                Anomalies.of(service, sample.at(), s.info, w.detector().name(), r.value, r.verdict))
        .filter(a -> s.report(a, holdFor));
  }

  /** The sample's series, made on its first sample; null past {@link #MAX_SERIES}. */
  private Series seriesOf(MetricSample sample, MetricWatch w) {
    Map<Map<String, String>, Series> byLabels =
        series.computeIfAbsent(sample.metric(), m -> new HashMap<>());
    Series s = byLabels.get(sample.labels());
    if (s == null && seriesCount() < MAX_SERIES) {
      s = new Series(w, key(sample));
      byLabels.put(sample.labels(), s);
    }
    return s;
  }

  /**
   * Feeds a log line: returns the signatures it matches (each one evidence for an incident) and
   * counts it into the ERROR-line rate.
   */
  public List<LogSignature> observe(LogLine line) {
    errorRate.accept(line.at().toEpochMilli(), line.text());
    return signatures.match(line.text());
  }

  /** The ERROR-line rate now, as a sample to feed back through {@link #observe(MetricSample)}. */
  public MetricSample errorLineRate(java.time.Instant now) {
    return new MetricSample(
        service, now, ERROR_LINES, Map.of(), errorRate.perMinute(now.toEpochMilli()));
  }

  private static String key(MetricSample s) {
    return s.labels().isEmpty() ? s.metric() : s.metric() + new TreeMap<>(s.labels());
  }

  /** One series: its detector, counter state and report state. */
  private static final class Series {
    final MetricWatch watch;
    final String key;
    final SeriesInfo info;
    final io.heal.detect.spi.Detector detector;
    long lastMillis = Long.MIN_VALUE;
    double lastCounter = Double.NaN;
    long lastReportMillis = Long.MIN_VALUE;
    Severity lastSeverity;

    Series(MetricWatch w, String key) {
      this.watch = w;
      this.key = key;
      String metric = w.rate() ? key + " rate" : key;
      this.info = new SeriesInfo(metric, w.unit(), w.min(), w.max());
      this.detector = w.detector().create(info);
    }

    Optional<Reading> observe(long millis, double value) {
      double v = value;
      if (watch.rate()) {
        double previous = lastCounter;
        long previousMillis = lastMillis;
        lastCounter = value;
        lastMillis = millis;
        if (Double.isNaN(previous) || millis <= previousMillis) {
          return Optional.empty();
        }
        double delta = value >= previous ? value - previous : value; // reset: counted from 0
        v = delta * 1000.0 / (millis - previousMillis);
      }
      Verdict verdict = detector.observe(millis, v);
      return verdict.isAnomaly() ? Optional.of(new Reading(v, verdict)) : Optional.empty();
    }

    boolean report(Anomaly a, Duration holdFor) {
      long t = a.at().toEpochMilli();
      boolean repeat =
          lastSeverity != null
              && a.severity().compareTo(lastSeverity) <= 0
              && t - lastReportMillis < holdFor.toMillis();
      if (repeat) {
        return false;
      }
      lastReportMillis = t;
      lastSeverity = a.severity();
      return true;
    }
  }

  private record Reading(double value, Verdict verdict) {}

  /** The number of series with a detector. */
  public int seriesCount() {
    int n = 0;
    for (Map<Map<String, String>, Series> byLabels : series.values()) {
      n += byLabels.size();
    }
    return n;
  }

  /** The detectors' names by series key, for status pages. */
  public Map<String, String> detectorsBySeries() {
    Map<String, String> out = new TreeMap<>();
    series
        .values()
        .forEach(m -> m.values().forEach(s -> out.put(s.key, s.watch.detector().name())));
    return out;
  }
}
