/**
 * Metrics snapshots: a JSON document of series and their points, read by {@link
 * io.heal.detect.snapshot.SnapshotReader} and run through detectors by {@link
 * io.heal.detect.snapshot.SnapshotAnalyzer} ({@code heal analyze}).
 */
package io.heal.detect.snapshot;
