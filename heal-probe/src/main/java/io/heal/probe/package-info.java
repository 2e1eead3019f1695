/**
 * Health probes: {@link io.heal.probe.HttpProbe}, {@link io.heal.probe.TcpProbe} and {@link
 * io.heal.probe.ExecProbe} check an HTTP endpoint, a TCP port and a command's exit status. {@link
 * io.heal.probe.Probes#create} builds the right one from a {@link io.heal.core.spec.ProbeSpec}. No
 * probe blocks a thread per check while waiting on the network, none throws into the engine, and
 * every check completes within its timeout: a slow target is a failed result with {@code timedOut}
 * set. Shared resources (one selector thread for TCP and plain HTTP, one timer, and, made on first
 * use, one JDK HTTP client for HTTPS) live in {@link io.heal.probe.ProbeResources}.
 */
package io.heal.probe;
