/**
 * Pieces the probes share, not an API: turning an outcome into a {@link
 * io.heal.core.signal.ProbeResult} with time and latency, racing a check against its deadline, and
 * naming threads.
 */
package io.heal.probe.internal;
