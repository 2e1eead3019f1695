package io.heal.core.spec;

/**
 * A service-level objective on the error ratio: {@code target} of requests succeed, where the ratio
 * is the rate of {@code errorsMetric} over the rate of {@code totalMetric} (both counters). Judged
 * by multi-window, multi-burn-rate alerts (Google SRE workbook).
 *
 * @param target the share of good requests promised, in (0, 1), such as 0.999
 */
public record ObjectiveSpec(String name, String errorsMetric, String totalMetric, double target) {}
