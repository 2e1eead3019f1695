/**
 * Per-service detection, ready for the daemon: a {@link io.heal.detect.watch.ServiceWatcher} holds
 * one detector per watched series, turns metric samples, process readings and log lines into {@link
 * io.heal.core.anomaly.Anomaly}s, and holds back repeats of an ongoing anomaly.
 */
package io.heal.detect.watch;
