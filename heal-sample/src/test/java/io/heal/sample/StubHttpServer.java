package io.heal.sample;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** A JDK HTTP server on a free loopback port that answers every request with one status. */
public final class StubHttpServer {

  private StubHttpServer() {}

  /** Started; the caller stops it ({@code stop(0)}). */
  public static HttpServer answering(int status) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
    return server;
  }

  /** {@code http://127.0.0.1:PORT/} of a started server. */
  public static String url(HttpServer server) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }
}
