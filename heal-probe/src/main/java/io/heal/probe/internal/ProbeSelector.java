package io.heal.probe.internal;

import io.heal.core.concurrent.HealThreads;
import io.heal.core.signal.ProbeResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One thread ({@code heal-probe-io-1}) and one selector that drive every TCP and plain-HTTP check:
 * connects, writes, reads and deadlines. A check costs no thread, no scheduled task and no hop
 * between threads until its result completes; at 200 checks a second that is what keeps probing
 * cheap. Deadlines are kept here in a queue ordered by time, checked after every select. Steps must
 * not block. Thread-safe: {@link #start} may be called from any thread.
 */
public final class ProbeSelector implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(ProbeSelector.class.getName());

  private final Selector selector;
  private final Thread thread;
  private final Queue<Exchange> incoming = new ConcurrentLinkedQueue<>();
  private final PriorityQueue<Exchange> deadlines =
      new PriorityQueue<>(Comparator.comparingLong(e -> e.deadlineNanos));
  private final ArrayDeque<Exchange> expired = new ArrayDeque<>();
  private volatile boolean open = true;

  public ProbeSelector() {
    try {
      selector = Selector.open();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the probe selector", e);
    }
    thread = HealThreads.factory("heal-probe-io").newThread(this::loop);
    thread.start();
  }

  /**
   * Opens a non-blocking connect to {@code address} and hands over the exchange {@code exchange}
   * builds on the channel. A socket that cannot be opened or connected ends {@code run} at once.
   *
   * @return {@code run}'s result
   */
  public CompletionStage<ProbeResult> connect(
      InetSocketAddress address, CheckRun run, Function<SocketChannel, Exchange> exchange) {
    SocketChannel channel;
    try {
      channel = SocketChannel.open();
    } catch (IOException | RuntimeException e) {
      return run.failWith("cannot open socket: " + Failures.describe(e));
    }
    try {
      channel.configureBlocking(false);
      channel.connect(address);
      start(exchange.apply(channel));
    } catch (IOException | RuntimeException e) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // the verdict is decided; a failed close changes nothing
      }
      run.fail(Failures.describe(e));
    }
    return run.result();
  }

  /** Hands over an exchange whose connect has been started; it is driven from now on. */
  public void start(Exchange exchange) {
    if (!open) {
      close(exchange);
      exchange.run.fail("probe selector closed");
      return;
    }
    incoming.add(exchange);
    selector.wakeup();
  }

  private void loop() {
    while (open) {
      try {
        turn();
      } catch (IOException | ClosedSelectorException e) {
        // the selector is gone: checks in flight stay undecided, as after close()
        return;
      } catch (RuntimeException e) {
        // this thread enforces every deadline: it must outlive any one bad turn
        LOG.log(Level.SEVERE, "probe selector turn failed", e);
      }
    }
  }

  private void turn() throws IOException {
    long waitMillis = 0;
    Exchange next = deadlines.peek();
    if (next != null) {
      long nanos = next.deadlineNanos - System.nanoTime();
      // 0 means "no limit" to select: wait at least a millisecond
      waitMillis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos) + 1);
    }
    selector.select(waitMillis);
    for (SelectionKey key : selector.selectedKeys()) {
      step(key);
    }
    selector.selectedKeys().clear();
    for (Exchange e; (e = incoming.poll()) != null; ) {
      register(e);
    }
    expire();
  }

  private void register(Exchange e) {
    deadlines.add(e);
    try {
      int ops = e.channel.isConnected() ? e.connected() : SelectionKey.OP_CONNECT;
      if (ops == 0) {
        finish(e);
        return;
      }
      e.channel.register(selector, ops, e);
    } catch (IOException | RuntimeException error) {
      fail(e, error);
    }
  }

  private void step(SelectionKey key) {
    Exchange e = (Exchange) key.attachment();
    try {
      int ops;
      if (key.isConnectable()) {
        e.channel.finishConnect();
        ops = e.connected();
      } else if (key.isWritable()) {
        ops = e.writable();
      } else {
        ops = e.readable();
      }
      if (ops == 0) {
        finish(e);
      } else {
        key.interestOps(ops);
      }
    } catch (IOException | RuntimeException error) {
      fail(e, error);
    }
  }

  private void expire() {
    long now = System.nanoTime();
    for (Exchange e = deadlines.peek(); e != null && e.deadlineNanos - now <= 0; ) {
      expired.add(deadlines.poll());
      e = deadlines.peek();
    }
    for (Exchange e; (e = expired.poll()) != null; ) {
      close(e);
      e.run.timedOut();
    }
  }

  private void fail(Exchange e, Exception error) {
    finish(e);
    e.run.fail(Failures.describe(error));
  }

  /** Closes a decided exchange and drops its deadline, so it wakes nobody later. */
  private void finish(Exchange e) {
    deadlines.remove(e);
    close(e);
  }

  private static void close(Exchange e) {
    try {
      e.channel.close();
    } catch (IOException ignored) {
      // the verdict is decided; a failed close changes nothing
    }
  }

  /** Stops the thread and closes every channel in flight; their checks stay undecided. */
  @Override
  public void close() {
    open = false;
    try {
      selector.close();
    } catch (IOException ignored) {
      // shutting down
    }
    thread.interrupt();
  }
}
