package io.heal.core.spec;

import java.util.OptionalDouble;

/**
 * One metric series judged by one detector.
 *
 * @param metric the metric's name in the service's exposition (every series of that name, summed
 *     over labels)
 * @param detector a detector's name; {@link #DEFAULT_DETECTOR} is the combined default
 * @param rate whether to judge the per-second rate of a counter rather than its value
 * @param limit the value the series must not reach (a leak's memory limit, a queue's capacity)
 * @param window samples a windowed detector looks back over; 0 for the detector's default
 * @param urgentWithin a series heading for its limit is a high-severity anomaly when it would reach
 *     it within this time (a medium one otherwise); empty for the detector's default
 */
public record MetricWatchSpec(
    String metric,
    String detector,
    boolean rate,
    OptionalDouble limit,
    int window,
    java.util.Optional<java.time.Duration> urgentWithin) {

  /** The name that stands for the daemon's default detector. */
  public static final String DEFAULT_DETECTOR = "default";
}
