package io.heal.probe.internal;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * One check's conversation on a non-blocking socket, driven by the {@link ProbeSelector} thread:
 * each step returns the interest set to wait for next ({@link SelectionKey#OP_READ}, {@link
 * SelectionKey#OP_WRITE}), or 0 once the exchange is over; the verdict it recorded on the way
 * ({@link #pass}, {@link #fail}) then completes the run. The selector closes the channel when a
 * step returns 0 or throws (the exception fails the check) and at the deadline (a timeout), unless
 * the exchange is {@link #reusable()} and its probe keeps connections ({@link KeptConnection}). Not
 * thread-safe: {@link #connected()} may run on the thread that starts the check, before the
 * exchange is handed over to the selector thread; every later step runs on the selector thread.
 */
public abstract class Exchange {

  final SocketChannel channel;
  final CheckRun run;
  final long deadlineNanos;
  // what the selector waits for first once the exchange is handed over
  int interest;
  // set by the selector for a probe that keeps its connection between checks
  KeptConnection kept;
  // checks this connection has carried, this one included
  int checks = 1;
  // opens a new connection for the same check, when a kept one turns out to be closed
  Runnable retry;
  // the verdict once the bytes allow it; the run hears of it when the exchange ends
  private String detail;
  private boolean healthy;

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

  /** Records a passed check: the run completes when the exchange ends. */
  protected final void pass(String detail) {
    this.healthy = true;
    this.detail = detail;
  }

  /** Records a failed check: the run completes when the exchange ends. */
  protected final void fail(String detail) {
    this.healthy = false;
    this.detail = detail;
  }

  /** Whether a verdict is recorded. */
  protected final boolean decided() {
    return detail != null;
  }

  /**
   * Completes the run with the recorded verdict, if there is one; returns whether there was. Called
   * once the connection is closed or kept, so the next check finds a kept connection waiting.
   */
  final boolean settle() {
    if (detail == null) {
      return false;
    }
    if (healthy) {
      run.pass(detail);
    } else {
      run.fail(detail);
    }
    return true;
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

  /** Whether, once decided, the connection can carry another check. */
  protected boolean reusable() {
    return false;
  }

  /**
   * Whether nothing has been read yet: a kept connection that fails this way was closed by the
   * server while it waited, and the check is tried again on a new one.
   */
  protected boolean nothingRead() {
    return false;
  }
}
