package io.heal.sample.internal;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request counters and a latency histogram, written by hand in the Prometheus text exposition
 * format 0.0.4 (no client library: the service must start fast and depend on the JDK only).
 * Thread-safe.
 */
final class RequestMetrics {

  /** Upper bounds of the latency histogram buckets, in seconds. */
  static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final LongAdder errors = new LongAdder();
  private final LongAdder[] bucketCounts = new LongAdder[BUCKETS.length];
  private final LongAdder count = new LongAdder();
  private final DoubleAdder sumSeconds = new DoubleAdder();

  RequestMetrics() {
    for (int i = 0; i < bucketCounts.length; i++) {
      bucketCounts[i] = new LongAdder();
    }
  }

  /**
   * Records one answered request. {@code path} must come from a fixed set (the router maps unknown
   * paths to "other") so the label set stays bounded. Status 5xx counts as an error.
   */
  void record(String path, int status, long durationNanos) {
    requests
        .computeIfAbsent("path=\"" + path + "\",code=\"" + status + "\"", k -> new LongAdder())
        .increment();
    if (status >= 500) {
      errors.increment();
    }
    double seconds = durationNanos / 1e9;
    for (int i = 0; i < BUCKETS.length; i++) {
      if (seconds <= BUCKETS[i]) {
        bucketCounts[i].increment();
      }
    }
    count.increment();
    sumSeconds.add(seconds);
  }

  /** Renders every metric, plus heap readings taken now. */
  String render() {
    StringBuilder out = new StringBuilder(2048);
    out.append("# HELP sample_up Whether the sample service is up.\n")
        .append("# TYPE sample_up gauge\n")
        .append("sample_up 1\n");
    out.append("# HELP sample_requests_total Requests answered, by path and status code.\n")
        .append("# TYPE sample_requests_total counter\n");
    for (Map.Entry<String, LongAdder> e : new TreeMap<>(requests).entrySet()) {
      out.append("sample_requests_total{").append(e.getKey()).append("} ");
      out.append(e.getValue().sum()).append('\n');
    }
    out.append("# HELP sample_request_errors_total Requests answered with a 5xx status.\n")
        .append("# TYPE sample_request_errors_total counter\n")
        .append("sample_request_errors_total ")
        .append(errors.sum())
        .append('\n');
    renderHistogram(out);
    Runtime runtime = Runtime.getRuntime();
    long used = runtime.totalMemory() - runtime.freeMemory();
    out.append("# HELP sample_jvm_heap_used_bytes Heap in use.\n")
        .append("# TYPE sample_jvm_heap_used_bytes gauge\n")
        .append("sample_jvm_heap_used_bytes ")
        .append(used)
        .append('\n');
    out.append("# HELP sample_jvm_heap_max_bytes Largest heap the JVM may use.\n")
        .append("# TYPE sample_jvm_heap_max_bytes gauge\n")
        .append("sample_jvm_heap_max_bytes ")
        .append(runtime.maxMemory())
        .append('\n');
    return out.toString();
  }

  private void renderHistogram(StringBuilder out) {
    String name = "sample_request_duration_seconds";
    out.append("# HELP ").append(name).append(" Time to answer a request.\n");
    out.append("# TYPE ").append(name).append(" histogram\n");
    for (int i = 0; i < BUCKETS.length; i++) {
      out.append(name).append("_bucket{le=\"").append(BUCKETS[i]).append("\"} ");
      out.append(bucketCounts[i].sum()).append('\n');
    }
    // read under concurrent updates: +Inf must never be below the last finite bucket
    long total = Math.max(count.sum(), bucketCounts[BUCKETS.length - 1].sum());
    out.append(name).append("_bucket{le=\"+Inf\"} ").append(total).append('\n');
    out.append(name).append("_sum ").append(sumSeconds.sum()).append('\n');
    out.append(name).append("_count ").append(total).append('\n');
  }
}
