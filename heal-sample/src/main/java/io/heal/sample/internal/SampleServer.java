package io.heal.sample.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The sample service's HTTP server: one router in front of health, readiness, compute, metrics and
 * the fault switches, served by a small fixed pool of threads named {@code sample-http-N}.
 */
public final class SampleServer {

  /** Handler threads. Small on purpose: a hang parks all of them. */
  public static final int DEFAULT_THREADS = 4;

  private static final Set<String> KNOWN_PATHS =
      Set.of("/healthz", "/readyz", "/compute", "/metrics");
  private static final String SIMULATE = "/__simulate/";

  private final SampleOptions options;
  private final PrintStream log;
  private final Faults faults;
  private final RequestMetrics metrics = new RequestMetrics();
  private final ComputeHandler compute;
  private final SimulateHandler simulate;
  private final DependencyCheck dependency;
  private HttpServer server;
  private ExecutorService executor;

  public SampleServer(SampleOptions options, PrintStream log) {
    this.options = options;
    this.log = log;
    this.faults = new Faults(log);
    this.compute = new ComputeHandler(faults);
    this.simulate = new SimulateHandler(faults, options.stateDir(), log);
    this.dependency = options.dependsOn().map(DependencyCheck::new).orElse(null);
  }

  /** Binds and starts serving; returns the bound port (useful with port 0). */
  public int start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(options.port()), 64);
    executor = Executors.newFixedThreadPool(DEFAULT_THREADS, new NamedThreadFactory("sample-http"));
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    return server.getAddress().getPort();
  }

  /** Stops at once: closes the listener and the handler pool. */
  public void stop() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    long start = System.nanoTime();
    String path = exchange.getRequestURI().getPath();
    int status = 500;
    try {
      faults.gate();
      if (!path.startsWith(SIMULATE)) {
        faults.delay();
      }
      status = route(exchange, path);
    } catch (IOException | RuntimeException e) {
      log.println("ERROR " + path + ": " + e);
      status = 500;
      try {
        Exchanges.problem(exchange, 500, "Internal Server Error", "unexpected failure");
      } catch (IOException | RuntimeException alreadyAnswering) {
        // headers were already sent or the client is gone: closing the exchange is all we can do
      }
    } finally {
      exchange.close();
      String label = KNOWN_PATHS.contains(path) ? path : "other";
      if (path.startsWith(SIMULATE)) {
        label = "/__simulate";
      }
      metrics.record(label, status, System.nanoTime() - start);
    }
  }

  private int route(HttpExchange exchange, String path) throws IOException {
    if (path.startsWith(SIMULATE)) {
      if (!options.faultsEnabled()) {
        return notFound(exchange, path);
      }
      return simulate.handle(exchange, path.substring(SIMULATE.length()));
    }
    return switch (path) {
      case "/healthz" -> healthz(exchange);
      case "/readyz" -> readyz(exchange);
      case "/compute" -> compute.handle(exchange);
      case "/metrics" ->
          Exchanges.send(
              exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.render());
      default -> notFound(exchange, path);
    };
  }

  private int healthz(HttpExchange exchange) throws IOException {
    String release = Exchanges.quote(options.release());
    if (options.badRelease()) {
      return Exchanges.json(
          exchange,
          503,
          "{\"status\":\"unhealthy\",\"release\":"
              + release
              + ",\"reason\":\"config key 'ledger.url' missing\"}");
    }
    if (faults.unhealthy()) {
      return Exchanges.json(
          exchange,
          503,
          "{\"status\":\"unhealthy\",\"release\":" + release + ",\"reason\":\"simulated\"}");
    }
    return Exchanges.json(exchange, 200, "{\"status\":\"ok\",\"release\":" + release + "}");
  }

  private int readyz(HttpExchange exchange) throws IOException {
    String reason = options.badRelease() ? "config key 'ledger.url' missing" : null;
    if (reason == null && dependency != null) {
      reason = dependency.problem();
    }
    if (reason != null) {
      return Exchanges.json(
          exchange, 503, "{\"status\":\"not ready\",\"reason\":" + Exchanges.quote(reason) + "}");
    }
    return Exchanges.json(exchange, 200, "{\"status\":\"ready\"}");
  }

  private static int notFound(HttpExchange exchange, String path) throws IOException {
    return Exchanges.problem(exchange, 404, "Not Found", "path: unknown, found '" + path + "'");
  }
}
