package io.heal.cli.demo;

import io.heal.core.time.HealClock;
import io.heal.supervisor.ChildProcess;
import io.heal.supervisor.LaunchSpec;
import io.heal.supervisor.ProcessLauncher;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What {@code heal bench recovery} compares Heal with: the sample started, and rolled back, by a
 * bare supervisor with none of Heal's work (Heal's launcher, then a plain socket asking for
 * /healthz every millisecond until it answers 200). A connection made once the port is bound waits
 * in its backlog for the first answer, so the poll times that answer to the millisecond.
 */
final class BareStarts {

  /** How long a start may take before the bench gives up. */
  static final Duration DEFAULT_START_LIMIT = Duration.ofSeconds(30);

  /** How long the bad release runs before the bare rollback stops it. */
  static final Duration DEFAULT_BAD_RELEASE_RUN = Duration.ofMillis(200);

  private static final Duration EXIT_LIMIT = Duration.ofSeconds(10);

  private final ProcessLauncher launcher;
  private final Path dir;
  private final HealClock clock;

  BareStarts(HealClock clock, Path dir) {
    this.clock = clock;
    this.launcher = new ProcessLauncher(clock);
    this.dir = dir;
  }

  /** The sample's own start-to-ready: from its spawn to its first 200. */
  Duration coldStart() throws IOException, InterruptedException {
    int port = DemoServices.freePort();
    ChildProcess p = launch("v1", port, List.of());
    try {
      return awaitAnswer(p, port, "HTTP/1.1 200");
    } finally {
      stop(p);
    }
  }

  /**
   * The floor of a rollback by a supervisor that runs one release at a time: the bad release, up
   * and answering, is sent SIGTERM; once it has exited, the good release is started on its port.
   * Timed from the signal to the good release's first 200.
   */
  Duration stopThenStart() throws IOException, InterruptedException {
    int port = DemoServices.freePort();
    ChildProcess bad = launch("v2", port, List.of("--bad-release"));
    try {
      awaitAnswer(bad, port, "HTTP/1.1 ");
      Thread.sleep(DEFAULT_BAD_RELEASE_RUN.toMillis());
      long signalled = clock.monotonicNanos();
      bad.signal("TERM");
      bad.exit().get(EXIT_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
      ChildProcess good = launch("v1", port, List.of());
      try {
        awaitAnswer(good, port, "HTTP/1.1 200");
        return Duration.ofNanos(clock.monotonicNanos() - signalled);
      } finally {
        stop(good);
      }
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException("bad release on port " + port + " did not exit on SIGTERM", e);
    } finally {
      stop(bad);
    }
  }

  private ChildProcess launch(String release, int port, List<String> extra) throws IOException {
    List<String> argv = DemoServices.sampleCommand("bare", release, port, dir, extra);
    return launcher.launch(new LaunchSpec("bare", argv, dir, Map.of(), dir.resolve("bare.log")));
  }

  private static void stop(ChildProcess p) throws IOException, InterruptedException {
    p.kill();
    try {
      p.exit().get(EXIT_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException("sample pid " + p.pid() + " did not exit on SIGKILL", e);
    }
  }

  /**
   * Asks for /healthz every millisecond until the status line starts with {@code expected}; the
   * time from the process's start.
   *
   * @throws IOException if it has not answered so within {@link #DEFAULT_START_LIMIT}
   */
  private Duration awaitAnswer(ChildProcess p, int port, String expected)
      throws IOException, InterruptedException {
    while (!status(port).startsWith(expected)) {
      if (clock.monotonicNanos() - p.startNanos() > DEFAULT_START_LIMIT.toNanos()) {
        throw new IOException(
            "sample on port "
                + port
                + " did not answer "
                + expected.trim()
                + " within "
                + DEFAULT_START_LIMIT);
      }
      Thread.sleep(1);
    }
    return Duration.ofNanos(clock.monotonicNanos() - p.startNanos());
  }

  /** The first 12 bytes of the answer to GET /healthz ("HTTP/1.1 200"), or "" if none came. */
  private static String status(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
      socket.setSoTimeout(200);
      socket
          .getOutputStream()
          .write(
              "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      byte[] head = socket.getInputStream().readNBytes(12);
      return new String(head, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      return "";
    }
  }
}
