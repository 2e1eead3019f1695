package io.heal.core.signal;

import java.time.Duration;
import java.time.Instant;

/**
 * The result of one probe check. Probes never throw: a refused connection, a timeout or a bad
 * status is a failed result with a detail that says why.
 *
 * @param probe the probe's name
 * @param healthy whether the check passed
 * @param timedOut whether it failed by taking longer than its timeout
 * @param latency how long the check took
 * @param detail a short description: "HTTP 200", "HTTP 503", "timed out after 500ms", ...
 */
public record ProbeResult(
    String service,
    Instant at,
    String probe,
    boolean healthy,
    boolean timedOut,
    Duration latency,
    String detail)
    implements Signal {}
