package io.heal.detect.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.heal.detect.spi.SeriesInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@link MetricsSnapshot} from JSON, strictly: unknown keys, missing fields and malformed
 * points are errors whose message gives the path and the value found ({@code series[0].points[3]:
 * expected [time, value], found "x"}). Thread-safe.
 */
public final class SnapshotReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TOP_KEYS = Set.of("service", "detector", "series");
  private static final Set<String> SERIES_KEYS =
      Set.of("metric", "unit", "detector", "min", "max", "points");

  private SnapshotReader() {}

  /**
   * Parses a snapshot.
   *
   * @throws IllegalArgumentException naming the path and the bad value
   */
  public static MetricsSnapshot read(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("snapshot: must be a JSON object, found " + root);
    }
    checkKeys(root, TOP_KEYS, "");
    String service = text(root, "service", "service").orElse("unknown");
    Optional<String> detector = text(root, "detector", "detector");
    JsonNode series = root.get("series");
    if (series == null || !series.isArray()) {
      throw new IllegalArgumentException("series: must be an array, found " + series);
    }
    List<SnapshotSeries> out = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      out.add(series(series.get(i), "series[" + i + "]"));
    }
    return new MetricsSnapshot(service, detector, out);
  }

  private static SnapshotSeries series(JsonNode s, String path) {
    if (!s.isObject()) {
      throw new IllegalArgumentException(path + ": must be an object, found " + s);
    }
    checkKeys(s, SERIES_KEYS, path + ".");
    String metric =
        text(s, "metric", path + ".metric")
            .orElseThrow(() -> new IllegalArgumentException(path + ".metric: is required"));
    String unit = text(s, "unit", path + ".unit").orElse("");
    double min = number(s, "min", path);
    double max = number(s, "max", path);
    SeriesInfo info;
    try {
      info = new SeriesInfo(metric, unit, min, max);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + "." + e.getMessage(), e);
    }
    JsonNode points = s.get("points");
    if (points == null || !points.isArray()) {
      throw new IllegalArgumentException(path + ".points: must be an array, found " + points);
    }
    long[] times = new long[points.size()];
    double[] values = new double[points.size()];
    for (int j = 0; j < points.size(); j++) {
      JsonNode p = points.get(j);
      String pp = path + ".points[" + j + "]";
      if (!p.isArray() || p.size() != 2 || !p.get(1).isNumber()) {
        throw new IllegalArgumentException(pp + ": expected [time, value], found " + p);
      }
      times[j] = time(p.get(0), pp);
      values[j] = p.get(1).asDouble();
      if (j > 0 && times[j] < times[j - 1]) {
        throw new IllegalArgumentException(pp + ": time goes backwards, found " + p.get(0));
      }
    }
    return new SnapshotSeries(info, text(s, "detector", path + ".detector"), times, values);
  }

  private static long time(JsonNode t, String path) {
    if (t.isIntegralNumber()) {
      return t.asLong();
    }
    if (t.isTextual()) {
      try {
        return Instant.parse(t.asText()).toEpochMilli();
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            path + ": time must be epoch millis or ISO-8601, found " + t, e);
      }
    }
    throw new IllegalArgumentException(
        path + ": time must be epoch millis or ISO-8601, found " + t);
  }

  private static void checkKeys(JsonNode node, Set<String> allowed, String prefix) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!allowed.contains(k)) {
        throw new IllegalArgumentException(
            prefix + k + ": unknown key, expected one of " + new java.util.TreeSet<>(allowed));
      }
    }
  }

  private static Optional<String> text(JsonNode node, String key, String path) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      throw new IllegalArgumentException(path + ": must be a non-blank string, found " + v);
    }
    return Optional.of(v.asText());
  }

  private static double number(JsonNode node, String key, String path) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return Double.NaN;
    }
    if (!v.isNumber()) {
      throw new IllegalArgumentException(path + "." + key + ": must be a number, found " + v);
    }
    return v.asDouble();
  }
}
