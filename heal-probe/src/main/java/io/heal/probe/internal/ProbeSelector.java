package io.heal.probe.internal;

import io.heal.core.concurrent.HealThreads;
import io.heal.core.signal.ProbeResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
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
 * between threads until its result completes, and a loopback TCP check not even that (see {@link
 * #connect}); at 200 checks a second that is what keeps probing cheap. Deadlines are kept here in a
 * queue ordered by time, checked after every select. A probe that keeps its connection between
 * checks ({@link KeptConnection}) leaves it registered here, waiting for readability: that is how a
 * server's close of it is heard. Steps must not block. Thread-safe: {@link #connect} may be called
 * from any thread.
 */
public final class ProbeSelector implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(ProbeSelector.class.getName());

  /** How long {@link #close()} waits for the thread to close what it holds. */
  static final Duration CLOSE_WAIT = Duration.ofSeconds(1);

  private final Selector selector;
  private final Thread thread;
  private final Queue<Exchange> incoming = new ConcurrentLinkedQueue<>();
  private final PriorityQueue<Exchange> deadlines =
      new PriorityQueue<>(Comparator.comparingLong(e -> e.deadlineNanos));
  private final ArrayDeque<Exchange> expired = new ArrayDeque<>();
  // decided channels whose keys are cancelled: closed once the next select has deregistered them
  private final ArrayDeque<SocketChannel> closing = new ArrayDeque<>();
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
   * builds on the channel. A connect that completes at once (on loopback the kernel runs the whole
   * handshake within the {@code connect} call) takes the exchange's first step on the calling
   * thread: a TCP check is then decided without waking the selector thread, and an HTTP check sends
   * its request before it is handed over to wait for the answer. A socket that cannot be opened or
   * connected ends {@code run} at once.
   *
   * @return {@code run}'s result
   */
  public CompletionStage<ProbeResult> connect(
      InetSocketAddress address, CheckRun run, Function<SocketChannel, Exchange> exchange) {
    return open(address, run, exchange, null);
  }

  /**
   * As {@link #connect(InetSocketAddress, CheckRun, Function)}, but on {@code kept}'s waiting
   * connection when there is one: the first step (the request) is taken on it at once, with no
   * connect. An exchange that ends {@link Exchange#reusable()} gives its connection back to {@code
   * kept}; a waiting connection the server closes is closed here too. A kept connection that turns
   * out closed before anything was read from it costs the check nothing: the check is tried again
   * on a new connection, within the same deadline.
   *
   * @return {@code run}'s result
   */
  public CompletionStage<ProbeResult> connect(
      InetSocketAddress address,
      CheckRun run,
      Function<SocketChannel, Exchange> exchange,
      KeptConnection kept) {
    KeptConnection.Idle idle = kept.take();
    if (idle != null) {
      Exchange e = exchange.apply(idle.channel());
      e.kept = kept;
      e.checks = idle.checks() + 1;
      e.retry = () -> open(address, run, exchange, kept);
      try {
        begin(e, e.connected());
        return run.result();
      } catch (IOException | RuntimeException closedMeanwhile) {
        close(idle.channel());
      }
    }
    return open(address, run, exchange, kept);
  }

  private CompletionStage<ProbeResult> open(
      InetSocketAddress address,
      CheckRun run,
      Function<SocketChannel, Exchange> exchange,
      KeptConnection kept) {
    SocketChannel channel;
    try {
      // an IPv4 socket for an IPv4 address: no dual-stack socket and no v4-mapped connect
      channel =
          SocketChannel.open(
              address.getAddress() instanceof Inet4Address
                  ? StandardProtocolFamily.INET
                  : StandardProtocolFamily.INET6);
    } catch (IOException | RuntimeException e) {
      return run.failWith("cannot open socket: " + Failures.describe(e));
    }
    try {
      channel.configureBlocking(false);
      Exchange e = exchange.apply(channel);
      e.kept = kept;
      boolean connected = channel.connect(address) || channel.finishConnect();
      begin(e, connected ? e.connected() : SelectionKey.OP_CONNECT);
    } catch (IOException | RuntimeException e) {
      close(channel);
      run.fail(Failures.describe(e));
    }
    return run.result();
  }

  /**
   * After an exchange's first step on the calling thread: a check it decided ({@code ops} 0) is
   * closed and completed here, anything else is handed over to wait for {@code ops}.
   */
  private void begin(Exchange e, int ops) {
    if (ops == 0) {
      close(e.channel);
      e.settle();
    } else {
      start(e, ops);
    }
  }

  /** Hands over an exchange that waits for {@code ops}; it is driven from now on. */
  private void start(Exchange exchange, int ops) {
    exchange.interest = ops;
    if (!open) {
      close(exchange.channel);
      exchange.run.fail("probe selector closed");
      return;
    }
    incoming.add(exchange);
    selector.wakeup();
  }

  private void loop() {
    try {
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
    } finally {
      closeReleased();
      closeAll();
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
    if (closing.isEmpty()) {
      selector.select(waitMillis);
    } else {
      // deregisters the cancelled keys; the next turn waits
      selector.selectNow();
      closeReleased();
    }
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
      SelectionKey key = e.channel.keyFor(selector);
      if (key != null) {
        // a kept connection, registered since its first check
        key.attach(e);
        key.interestOps(e.interest);
      } else {
        e.channel.register(selector, e.interest, e);
      }
    } catch (IOException | RuntimeException error) {
      fail(e, error);
    }
  }

  private void step(SelectionKey key) {
    if (key.attachment() instanceof KeptConnection kept) {
      waiting(key, kept);
      return;
    }
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
        e.settle();
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
      release(e);
      // a verdict given before the end of a kept connection's response stands
      if (!e.settle()) {
        e.run.timedOut();
      }
    }
  }

  /**
   * A waiting kept connection turned readable: the server closed it (or sent what nobody asked
   * for). It is closed, unless a check has just taken it: that check's exchange is on its way, and
   * the connection stays quiet until it arrives.
   */
  private void waiting(SelectionKey key, KeptConnection kept) {
    SocketChannel channel = (SocketChannel) key.channel();
    if (kept.drop(channel)) {
      key.cancel();
      closing.add(channel);
    } else if (key.isValid()) {
      try {
        key.interestOps(0);
      } catch (CancelledKeyException closedByTheCheck) {
        // the check found it closed and opened a new one
      }
    }
  }

  private void fail(Exchange e, Exception error) {
    deadlines.remove(e);
    release(e);
    if (e.settle()) {
      // the verdict was given; the error came while reading on to the end of the response
      return;
    }
    if (e.retry != null && e.nothingRead()) {
      // a kept connection the server closed while it waited: once more, on a new one
      e.retry.run();
      return;
    }
    e.run.fail(Failures.describe(error));
  }

  /**
   * Drops a decided exchange's deadline, so it wakes nobody later, and keeps its connection for the
   * probe's next check or closes it.
   */
  private void finish(Exchange e) {
    deadlines.remove(e);
    SelectionKey key = e.channel.keyFor(selector);
    if (e.kept != null && key != null && e.reusable()) {
      // attached before it is offered: from then on a check may take it
      key.attach(e.kept);
      key.interestOps(SelectionKey.OP_READ);
      if (e.kept.keep(e.channel, e.checks)) {
        return;
      }
    }
    release(e);
  }

  /**
   * Closes the exchange's channel once the selector has let go of it: closing a registered channel
   * costs the JDK a socket option read and a shutdown, and a FIN before the RST or FIN of the
   * close.
   */
  private void release(Exchange e) {
    SelectionKey key = e.channel.keyFor(selector);
    if (key == null) {
      close(e.channel);
    } else {
      key.cancel();
      closing.add(e.channel);
    }
  }

  /** Closes the channels {@link #release} left for the selector to deregister first. */
  private void closeReleased() {
    for (SocketChannel c; (c = closing.poll()) != null; ) {
      close(c);
    }
  }

  private static void close(SocketChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // the verdict is decided; a failed close changes nothing
    }
  }

  /** Closes every channel still open, the kept ones too, and the selector: on the way out. */
  private void closeAll() {
    for (Exchange e; (e = incoming.poll()) != null; ) {
      close(e.channel);
    }
    try {
      for (SelectionKey key : selector.keys()) {
        close((SocketChannel) key.channel());
      }
      selector.close();
    } catch (IOException | ClosedSelectorException ignored) {
      // shutting down
    }
  }

  /**
   * Stops the thread, which closes every channel in flight or kept; checks in flight stay
   * undecided. Waits up to {@link #CLOSE_WAIT} for it.
   */
  @Override
  public void close() {
    open = false;
    selector.wakeup();
    if (Thread.currentThread() != thread) {
      try {
        thread.join(CLOSE_WAIT.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
