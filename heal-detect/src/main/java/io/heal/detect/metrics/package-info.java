/**
 * Metric signals: a strict parser of the Prometheus text exposition format and a scraper that turns
 * a service's endpoint into {@link io.heal.core.signal.MetricSample}s.
 *
 * <p>No parser library is used: Prometheus' own Java client (client_java) ships only writers of the
 * text format, and no well-kept Java parser exists on Maven Central, so this package has a small
 * strict one (format version 0.0.4).
 */
package io.heal.detect.metrics;
