package io.heal.probe.internal;

import java.nio.channels.SocketChannel;

/** A TCP connect: it passes as soon as the connection is made, and is closed at once. */
public final class TcpExchange extends Exchange {

  public TcpExchange(SocketChannel channel, CheckRun run, long deadlineNanos) {
    super(channel, run, deadlineNanos);
  }

  @Override
  protected int connected() {
    pass("connected");
    return 0;
  }
}
