package io.heal.probe;

import io.heal.core.probe.Probe;
import io.heal.core.signal.ProbeResult;
import io.heal.core.spec.ProbeTarget;
import io.heal.core.time.HealClock;
import io.heal.probe.internal.CheckRun;
import io.heal.probe.internal.TcpExchange;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * Checks that a TCP port accepts a connection, with a non-blocking {@link SocketChannel} driven by
 * the shared probe selector: no thread waits on the connect, and the deadline closes the channel.
 * Details read {@code connected}, {@code connection refused}, {@code timed out after 500ms}. The
 * host name is resolved on the calling thread (use an address or {@code localhost}). Thread-safe;
 * checks may overlap.
 */
public final class TcpProbe implements Probe {

  private final String service;
  private final String name;
  private final ProbeTarget.Tcp target;
  private final Duration timeout;
  private final HealClock clock;
  private final ProbeResources resources;

  /** Builds a probe; see {@link Probes#create} for the argument checks. */
  public TcpProbe(
      String service,
      String name,
      ProbeTarget.Tcp target,
      Duration timeout,
      HealClock clock,
      ProbeResources resources) {
    this.service = Objects.requireNonNull(service, "service");
    this.name = Objects.requireNonNull(name, "name");
    this.target = Objects.requireNonNull(target, "target");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.resources = Objects.requireNonNull(resources, "resources");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public CompletionStage<ProbeResult> check() {
    CheckRun run = CheckRun.begin(service, name, clock, timeout);
    long deadline = System.nanoTime() + timeout.toNanos();
    InetSocketAddress address = new InetSocketAddress(target.host(), target.port());
    if (address.isUnresolved()) {
      return run.failWith("unknown host " + target.host());
    }
    return resources
        .selector()
        .connect(address, run, channel -> new TcpExchange(channel, run, deadline));
  }
}
