package io.heal.cli.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The floor of {@code heal bench overhead}'s probe phases: a process that starts the same children
 * and probes each once a second the cheapest way plain Java can, on one thread with no detection,
 * no log reading and no bookkeeping (on the same 20 ms grid as Heal; HTTP: connect, send a GET,
 * read the answer's first bytes, close; HTTP on kept connections: send a GET on the child's open
 * connection, drain the answer; TCP: connect, close). What it costs is what the kernel's loopback
 * connections and the JDK's socket calls cost; Heal's probe phases can only come near it. Not a
 * Heal component: a yardstick. Prints {@code ready} once every child accepts.
 *
 * <p>Usage: {@code BareProber http|http-kept|tcp WORKDIR CHILD_SCRIPT log|quiet PORT...}: each
 * child is {@code python3 CHILD_SCRIPT PORT}, with {@code --log} for {@code log}.
 */
public final class BareProber {

  private static final long SECOND_NANOS = 1_000_000_000L;
  private static final long GRID_NANOS = 20_000_000L;

  private BareProber() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    Path dir = Path.of(args[1]);
    String script = args[2];
    boolean log = args[3].equals("log");
    List<InetSocketAddress> targets = new ArrayList<>();
    List<Process> children = new ArrayList<>();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> children.forEach(Process::destroy)));
    for (int i = 4; i < args.length; i++) {
      targets.add(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[i])));
      List<String> child = new ArrayList<>(List.of("python3", script, args[i]));
      if (log) {
        child.add("--log");
      }
      children.add(
          new ProcessBuilder(child)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(
                  ProcessBuilder.Redirect.appendTo(dir.resolve("children.log").toFile()))
              .start());
    }
    for (InetSocketAddress t : targets) {
      while (!accepts(t)) {
        Thread.sleep(100);
      }
    }
    System.out.println("ready");
    System.out.flush();
    if (mode.equals("http-kept")) {
      probeKeptForever(targets);
    } else {
      probeForever(mode.equals("http"), targets);
    }
  }

  private static boolean accepts(InetSocketAddress target) {
    try (SocketChannel c = SocketChannel.open(target)) {
      return c.isConnected();
    } catch (IOException e) {
      return false;
    }
  }

  private static void probeForever(boolean http, List<InetSocketAddress> targets)
      throws IOException {
    byte[] get =
        "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    ByteBuffer in = ByteBuffer.allocate(512);
    Selector selector = Selector.open();
    everySecond(
        targets.size(),
        selector,
        i -> check(http, targets.get(i), get, selector),
        () -> {
          // as Heal does: a channel is closed once deregistered, the JDK's cheap close
          for (List<SocketChannel> done = answered(selector, in);
              !done.isEmpty();
              done = answered(selector, in)) {
            selector.selectNow();
            for (SocketChannel c : done) {
              c.close();
            }
          }
        });
  }

  /** HTTP over one kept connection per child: a GET written each second, the answer drained. */
  private static void probeKeptForever(List<InetSocketAddress> targets) throws IOException {
    byte[] get = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
    ByteBuffer in = ByteBuffer.allocate(16 * 1024);
    Selector selector = Selector.open();
    SocketChannel[] kept = new SocketChannel[targets.size()];
    everySecond(
        targets.size(),
        selector,
        i -> kept[i] = send(kept[i], targets.get(i), get, selector, i),
        () -> {
          for (SelectionKey key : selector.selectedKeys()) {
            SocketChannel c = (SocketChannel) key.channel();
            int n;
            try {
              in.clear();
              n = c.read(in);
            } catch (IOException e) {
              n = -1;
            }
            if (n < 0) {
              key.cancel();
              c.close();
              kept[(Integer) key.attachment()] = null;
            }
          }
          selector.selectedKeys().clear();
        });
  }

  /** What the prober does after each select. */
  private interface AfterSelect {
    void run() throws IOException;
  }

  /**
   * Checks target {@code i} (of {@code targets}) once a second, the targets spread over the second,
   * on Heal's 20 ms grid; runs {@code afterSelect} after every select in between. Never returns.
   */
  private static void everySecond(
      int targets, Selector selector, IntConsumer check, AfterSelect afterSelect)
      throws IOException {
    long start = System.nanoTime();
    long[] due = new long[targets];
    for (int i = 0; i < due.length; i++) {
      due[i] = start + i * SECOND_NANOS / due.length;
    }
    while (true) {
      long now = System.nanoTime();
      for (int i = 0; i < due.length; i++) {
        if (due[i] - now <= 0) {
          due[i] += SECOND_NANOS;
          check.accept(i);
        }
      }
      long nextGrid = (Math.floorDiv(System.nanoTime(), GRID_NANOS) + 1) * GRID_NANOS;
      for (long left; (left = nextGrid - System.nanoTime()) > 0; ) {
        selector.select(Math.max(1, (left + 999_999) / 1_000_000));
        afterSelect.run();
      }
    }
  }

  /** Sends a GET on the kept connection, opening it first if there is none; returns it. */
  private static SocketChannel send(
      SocketChannel kept, InetSocketAddress target, byte[] get, Selector selector, int index) {
    SocketChannel c = kept;
    try {
      if (c == null) {
        c = SocketChannel.open(StandardProtocolFamily.INET);
        c.configureBlocking(false);
        if (!(c.connect(target) || c.finishConnect())) {
          c.close();
          return null;
        }
        c.register(selector, SelectionKey.OP_READ, index);
      }
      c.write(ByteBuffer.wrap(get));
      return c;
    } catch (IOException e) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (IOException ignored) {
        // a failed check: nothing to record here
      }
      return null;
    }
  }

  /** Reads the answers of the selected keys and cancels them; returns their channels. */
  private static List<SocketChannel> answered(Selector selector, ByteBuffer in) {
    List<SocketChannel> done = new ArrayList<>();
    for (SelectionKey key : selector.selectedKeys()) {
      SocketChannel c = (SocketChannel) key.channel();
      try {
        in.clear();
        c.read(in);
      } catch (IOException e) {
        // a failed check: nothing to record here
      }
      key.cancel();
      done.add(c);
    }
    selector.selectedKeys().clear();
    return done;
  }

  private static void check(boolean http, InetSocketAddress target, byte[] get, Selector selector) {
    try {
      SocketChannel c = SocketChannel.open(StandardProtocolFamily.INET);
      c.configureBlocking(false);
      if (!(c.connect(target) || c.finishConnect()) || !http) {
        c.close();
        return;
      }
      c.write(ByteBuffer.wrap(get));
      c.register(selector, SelectionKey.OP_READ);
    } catch (IOException e) {
      // a failed check: nothing to record here
    }
  }
}
