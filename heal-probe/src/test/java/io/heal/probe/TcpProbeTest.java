package io.heal.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.core.signal.ProbeResult;
import io.heal.core.spec.ProbeTarget;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The TCP probe against real loopback sockets. The hanging target is a listener that never accepts
 * and whose accept queue is full: Linux then drops new SYNs, so a connect neither succeeds nor is
 * refused. Where the kernel behaves otherwise the hang case is skipped.
 */
class TcpProbeTest extends ProbeContractTest {

  private static ServerSocket accepting;
  private static ServerSocket full;
  private static final List<Socket> fillers = new ArrayList<>();
  private static boolean fullQueueHangs;

  @BeforeAll
  static void startListeners() throws IOException {
    accepting = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    Thread acceptor =
        new Thread(
            () -> {
              while (!accepting.isClosed()) {
                try {
                  accepting.accept().close();
                } catch (IOException e) {
                  return;
                }
              }
            },
            "tcp-probe-test-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();

    full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    for (int i = 0; i < 16 && !fullQueueHangs; i++) {
      Socket filler = new Socket();
      try {
        filler.connect(full.getLocalSocketAddress(), 200);
        fillers.add(filler);
      } catch (SocketTimeoutException e) {
        fullQueueHangs = true;
        filler.close();
      }
    }
  }

  @AfterAll
  static void stopListeners() throws IOException {
    for (Socket filler : fillers) {
      filler.close();
    }
    full.close();
    accepting.close();
  }

  @Override
  ProbeTarget healthyTarget() {
    return new ProbeTarget.Tcp("127.0.0.1", accepting.getLocalPort());
  }

  @Override
  ProbeTarget deadTarget() {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return new ProbeTarget.Tcp("127.0.0.1", socket.getLocalPort());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  Optional<ProbeTarget> hangingTarget() {
    return fullQueueHangs
        ? Optional.of(new ProbeTarget.Tcp("127.0.0.1", full.getLocalPort()))
        : Optional.empty();
  }

  @Test
  void saysConnected() throws Exception {
    ProbeResult result = result(probe(healthyTarget()).check());

    assertThat(result.detail()).isEqualTo("connected");
  }

  @Test
  void saysConnectionRefusedForClosedPort() throws Exception {
    ProbeResult result = result(probe(deadTarget()).check());

    assertThat(result.detail()).isEqualTo("connection refused");
  }

  @Test
  void failsForUnknownHost() throws Exception {
    ProbeResult result = result(probe(new ProbeTarget.Tcp("no-such-host.invalid", 80)).check());

    assertThat(result.healthy()).isFalse();
    assertThat(result.detail()).isEqualTo("unknown host no-such-host.invalid");
  }
}
