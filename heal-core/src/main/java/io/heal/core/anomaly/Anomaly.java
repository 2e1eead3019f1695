package io.heal.core.anomaly;

import java.time.Instant;

/**
 * A metric value outside its baseline.
 *
 * @param service the service whose metric it is
 * @param metric the metric (series) name
 * @param detector the detector that raised it
 * @param value the observed value
 * @param expected the baseline's expected value
 * @param spread the baseline's spread (standard deviation or its robust equivalent)
 * @param score the detector's anomaly score in [0, 1]
 * @param severity how bad it is
 * @param hint one sentence for a person, such as "p95 latency 450 ms, 4.1 sigma above its 1-hour
 *     baseline of 120 ms"
 */
public record Anomaly(
    String service,
    Instant at,
    String metric,
    String detector,
    double value,
    double expected,
    double spread,
    double score,
    Severity severity,
    String hint) {}
