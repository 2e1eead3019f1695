package io.heal.probe;

import io.heal.core.probe.Probe;
import io.heal.core.signal.ProbeResult;
import io.heal.core.spec.ProbeTarget;
import io.heal.core.time.HealClock;
import io.heal.probe.internal.CheckRun;
import io.heal.probe.internal.Failures;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.CompletionHandler;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * Checks that a TCP port accepts a connection, with an {@link AsynchronousSocketChannel}: no thread
 * waits on the connect, and the timeout closes the channel. Details read {@code connected}, {@code
 * connection refused}, {@code timed out after 500ms}. The host name is resolved on the calling
 * thread (use an address or {@code localhost}). Thread-safe; checks may overlap.
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
    AsynchronousSocketChannel channel;
    try {
      channel = AsynchronousSocketChannel.open(resources.channelGroup());
    } catch (IOException | RuntimeException e) {
      return CheckRun.start(service, name, clock, timeout, resources.scheduler(), () -> {})
          .failWith("cannot open socket: " + Failures.describe(e));
    }
    CheckRun run =
        CheckRun.start(service, name, clock, timeout, resources.scheduler(), () -> close(channel));
    try {
      InetSocketAddress address = new InetSocketAddress(target.host(), target.port());
      if (address.isUnresolved()) {
        close(channel);
        run.fail("unknown host " + target.host());
        return run.result();
      }
      channel.connect(
          address,
          null,
          new CompletionHandler<Void, Void>() {
            @Override
            public void completed(Void ignored, Void attachment) {
              close(channel);
              run.pass("connected");
            }

            @Override
            public void failed(Throwable error, Void attachment) {
              close(channel);
              if (!run.isDone()) {
                run.fail(Failures.describe(error));
              }
            }
          });
    } catch (RuntimeException e) {
      close(channel);
      run.fail(Failures.describe(e));
    }
    return run.result();
  }

  private static void close(AsynchronousSocketChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // the probe's verdict is already decided; a failed close changes nothing
    }
  }
}
