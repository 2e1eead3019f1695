package io.heal.detect.snapshot;

import io.heal.core.anomaly.Anomaly;
import io.heal.detect.Anomalies;
import io.heal.detect.Detectors;
import io.heal.detect.spi.Detector;
import io.heal.detect.spi.DetectorFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs detectors over a snapshot, a fresh detector per series, and returns the anomalies in time
 * order per series. Stateless and thread-safe.
 */
public final class SnapshotAnalyzer {

  private SnapshotAnalyzer() {}

  /**
   * Analyzes a snapshot. Each series uses its own detector, else the snapshot's, else {@code
   * fallback}.
   *
   * @throws IllegalArgumentException when a named detector is unknown (naming the series)
   */
  public static List<Anomaly> analyze(MetricsSnapshot snapshot, String fallback) {
    List<Anomaly> out = new ArrayList<>();
    for (int i = 0; i < snapshot.series().size(); i++) {
      SnapshotSeries s = snapshot.series().get(i);
      String name = s.detector().or(snapshot::detector).orElse(fallback);
      int index = i;
      DetectorFactory factory =
          Detectors.byName(name)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "series["
                              + index
                              + "].detector: unknown detector '"
                              + name
                              + "', known: "
                              + Detectors.names()));
      Detector d;
      try {
        d = factory.create(s.info());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("series[" + i + "]." + e.getMessage(), e);
      }
      for (int j = 0; j < s.values().length; j++) {
        Instant at = Instant.ofEpochMilli(s.timesMillis()[j]);
        double v = s.values()[j];
        Anomalies.of(snapshot.service(), at, s.info(), name, v, d.observe(s.timesMillis()[j], v))
            .ifPresent(out::add);
      }
    }
    return out;
  }
}
