package io.heal.probe;

import io.heal.core.probe.Probe;
import io.heal.core.signal.ProbeResult;
import io.heal.core.spec.ProbeTarget;
import io.heal.core.time.HealClock;
import io.heal.probe.internal.CheckRun;
import io.heal.probe.internal.ProbeBasis;
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

  private final ProbeBasis basis;
  private final ProbeTarget.Tcp target;

  /** Builds a probe; see {@link Probes#create} for the argument checks. */
  public TcpProbe(
      String service,
      String name,
      ProbeTarget.Tcp target,
      Duration timeout,
      HealClock clock,
      ProbeResources resources) {
    this.basis = new ProbeBasis(service, name, timeout, clock, resources);
    this.target = Objects.requireNonNull(target, "target");
  }

  @Override
  public String name() {
    return basis.name();
  }

  @Override
  public CompletionStage<ProbeResult> check() {
    CheckRun run = basis.begin();
    long deadline = basis.deadlineNanos();
    InetSocketAddress address = new InetSocketAddress(target.host(), target.port());
    if (address.isUnresolved()) {
      return run.failWith("unknown host " + target.host());
    }
    return basis
        .resources()
        .selector()
        .connect(address, run, channel -> new TcpExchange(channel, run, deadline));
  }
}
