/**
 * Anomalies: a metric that has left its learned normal behaviour, with the evidence a person needs
 * to judge it (value, baseline, score, severity, a hint in words).
 */
package io.heal.core.anomaly;
