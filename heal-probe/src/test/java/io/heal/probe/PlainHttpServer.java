package io.heal.probe;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server on plain sockets, one thread per connection, that lets a test see the
 * connections a probe opens: it counts them, keeps each request's head, and answers as {@link
 * #answer} says at the time of the request.
 */
final class PlainHttpServer implements AutoCloseable {

  /** How the server answers a request. */
  enum Answer {
    /** HTTP/1.1 200 with a Content-Length body; the connection stays open. */
    KEEP_OPEN("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", false),
    /** The same, with a chunked body. */
    CHUNKED("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n", false),
    /** HTTP/1.0 200 without keep-alive; the connection stays open all the same. */
    HTTP_10("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok", false),
    /** The keep-alive answer, then the server closes the connection (as at an idle timeout). */
    THEN_CLOSE("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", true),
    /** No answer: the connection stays open until the client closes it. */
    HANG("", false);

    final byte[] bytes;
    final boolean close;

    Answer(String text, boolean close) {
      this.bytes = text.getBytes(StandardCharsets.ISO_8859_1);
      this.close = close;
    }
  }

  volatile Answer answer = Answer.KEEP_OPEN;
  final AtomicInteger connections = new AtomicInteger();
  final List<String> requests = new CopyOnWriteArrayList<>();
  private final ServerSocket listener;
  private final Thread accepting;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final List<Thread> serving = new CopyOnWriteArrayList<>();

  PlainHttpServer() throws IOException {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    accepting = new Thread(this::accept, "plain-http-accept");
    accepting.setDaemon(true);
    accepting.start();
  }

  int port() {
    return listener.getLocalPort();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket socket = listener.accept();
        connections.incrementAndGet();
        sockets.add(socket);
        Thread thread = new Thread(() -> serve(socket), "plain-http-serve");
        thread.setDaemon(true);
        serving.add(thread);
        thread.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket;
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream()) {
      for (String head; (head = head(in)) != null; ) {
        requests.add(head);
        Answer now = answer;
        out.write(now.bytes);
        out.flush();
        if (now.close) {
          return;
        }
      }
    } catch (IOException gone) {
      // the client closed the connection
    }
  }

  /** A request's head, up to the empty line; null at the end of the stream. */
  private static String head(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    for (int b; (b = in.read()) >= 0; ) {
      head.append((char) b);
      if (head.length() >= 4 && head.lastIndexOf("\r\n\r\n") == head.length() - 4) {
        return head.toString();
      }
    }
    return null;
  }

  /**
   * Stops listening and closes every connection, as a server process that dies. Returns once the
   * server's threads are done: a socket closed while a thread is blocked on it stays open in the
   * kernel until that thread lets go (a listener would still complete connects into its backlog).
   */
  @Override
  public void close() throws IOException {
    listener.close();
    for (Socket s : sockets) {
      s.close();
    }
    try {
      accepting.join();
      for (Thread t : serving) {
        t.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the server stopped", e);
    }
  }
}
