package io.heal.cli.demo;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A real webhook receiver on loopback, standing in for the on-call pager. */
public final class DemoWebhook implements AutoCloseable {

  private final HttpServer server;
  private final List<String> received = new CopyOnWriteArrayList<>();

  public DemoWebhook(Consumer<String> onReceive) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/pager",
        ex -> {
          String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          synchronized (received) {
            received.add(body);
            received.notifyAll();
          }
          ex.sendResponseHeaders(204, -1);
          ex.close();
          onReceive.accept(body);
        });
    server.start();
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/pager");
  }

  public List<String> received() {
    return List.copyOf(received);
  }

  /** Waits until at least {@code count} escalations have arrived; false after the timeout. */
  public boolean awaitReceived(int count, java.time.Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (received) {
      while (received.size() < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(received, left);
      }
      return true;
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
