package io.heal.core.signal;

import java.time.Instant;

/** Something observed about a service at a point in time. */
public sealed interface Signal permits ProcessExit, ProbeResult, LogLine, MetricSample {

  /** The service this signal is about. */
  String service();

  /** Wall time at which Heal observed it. */
  Instant at();
}
