package io.heal.probe.internal;

import java.nio.channels.SocketChannel;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One probe's connection kept open between its checks (HTTP/1.1 keep-alive), and how many checks a
 * connection may carry before it is closed and a new one opened. At most one connection waits here
 * at a time; a check that finds none opens its own. Thread-safe: checks take the connection on
 * their own thread, the {@link ProbeSelector} thread gives it back.
 */
public final class KeptConnection {

  /** The waiting connection and the checks it has carried. */
  record Idle(SocketChannel channel, int checks) {}

  private final int maxChecks;
  private final AtomicReference<Idle> idle = new AtomicReference<>();

  /**
   * @param maxChecks checks one connection carries, at least 2 (1 means no connection is kept)
   */
  public KeptConnection(int maxChecks) {
    if (maxChecks < 2) {
      throw new IllegalArgumentException("maxChecks must be at least 2, was " + maxChecks);
    }
    this.maxChecks = maxChecks;
  }

  /** Takes the waiting connection for a check; null when there is none. */
  Idle take() {
    return idle.getAndSet(null);
  }

  /**
   * Keeps a connection that has carried {@code checks} checks, if it may carry more and no other
   * waits; returns whether it was kept (else the caller closes it).
   */
  boolean keep(SocketChannel channel, int checks) {
    return checks < maxChecks && idle.compareAndSet(null, new Idle(channel, checks));
  }

  /**
   * Lets go of {@code channel} if it is the waiting connection (the server closed it); returns
   * false when a check has taken it meanwhile.
   */
  boolean drop(SocketChannel channel) {
    Idle now = idle.get();
    return now != null && now.channel() == channel && idle.compareAndSet(now, null);
  }
}
