package io.heal.probe.internal;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * One check's conversation on a non-blocking socket, driven by the {@link ProbeSelector} thread:
 * each step returns the interest set to wait for next ({@link SelectionKey#OP_READ}, {@link
 * SelectionKey#OP_WRITE}), or 0 once the check is decided. The selector closes the channel when a
 * step returns 0 or throws (the exception fails the check) and at the deadline (a timeout). Not
 * thread-safe: {@link #connected()} may run on the thread that starts the check, before the
 * exchange is handed over to the selector thread; every later step runs on the selector thread.
 */
public abstract class Exchange {

  final SocketChannel channel;
  final CheckRun run;
  final long deadlineNanos;
  // what the selector waits for first once the exchange is handed over
  int interest;

  /**
   * @param channel a non-blocking channel whose connect has been started
   * @param run the check this exchange decides
   * @param deadlineNanos the {@link System#nanoTime()} reading at which the check times out
   */
  protected Exchange(SocketChannel channel, CheckRun run, long deadlineNanos) {
    this.channel = channel;
    this.run = run;
    this.deadlineNanos = deadlineNanos;
  }

  /** The connect finished. */
  protected abstract int connected() throws IOException;

  /** The channel can be read. */
  protected int readable() throws IOException {
    return 0;
  }

  /** The channel can be written. */
  protected int writable() throws IOException {
    return 0;
  }
}
