package io.heal.detect.snapshot;

import io.heal.detect.spi.SeriesInfo;
import java.util.Optional;

/**
 * One series of a snapshot.
 *
 * @param info the metric's name, unit and range
 * @param detector the detector to run, when the snapshot names one for this series
 * @param timesMillis each point's time
 * @param values each point's value
 */
public record SnapshotSeries(
    SeriesInfo info, Optional<String> detector, long[] timesMillis, double[] values) {}
