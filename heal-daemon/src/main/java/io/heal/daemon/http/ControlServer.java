package io.heal.daemon.http;

import com.fasterxml.jackson.jr.ob.JSON;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.heal.core.concurrent.HealThreads;
import io.heal.core.incident.IncidentStore;
import io.heal.core.spec.ControlSpec;
import io.heal.daemon.Engine;
import io.heal.daemon.UnknownServiceException;
import io.heal.store.HealJson;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The control API on a loopback port.
 *
 * <pre>
 * GET  /v1/services                  every service's status
 * GET  /v1/services/{name}           one service's status
 * POST /v1/services/{name}/restart   restart (also a FAILED service)
 * POST /v1/services/{name}/deploy    body {"version": "v2"}
 * POST /v1/services/{name}/rollback  back to the known-good release
 * GET  /v1/incidents                 every incident
 * GET  /v1/incidents/{id}            one incident
 * </pre>
 */
public final class ControlServer implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger("heal.control");
  private static final long COMMAND_TIMEOUT_SECONDS = 10;
  private static final long IDLE_SECONDS = 5;

  private final HttpServer server;
  private final Engine engine;
  private final IncidentStore incidents;
  private final JSON json = HealJson.json();

  private ControlServer(HttpServer server, Engine engine, IncidentStore incidents) {
    this.server = server;
    this.engine = engine;
    this.incidents = incidents;
  }

  /**
   * Listens on the control address, which must be a loopback address.
   *
   * @throws IllegalArgumentException when the host is not loopback
   * @throws IOException when the port cannot be bound
   */
  public static ControlServer start(ControlSpec control, Engine engine, IncidentStore incidents)
      throws IOException {
    InetAddress address = InetAddress.getByName(control.host());
    if (!address.isLoopbackAddress()) {
      throw new IllegalArgumentException(
          "control.host: must be a loopback address, found " + control.host());
    }
    HttpServer server = HttpServer.create(new InetSocketAddress(address, control.port()), 16);
    server.setExecutor(handlers());
    ControlServer cs = new ControlServer(server, engine, incidents);
    server.createContext("/", cs::handle);
    server.start();
    return cs;
  }

  /**
   * Up to two handler threads (a command may wait for the engine while a status request is served),
   * which end after {@value #IDLE_SECONDS} s without work: the control API is used now and then,
   * and an idle thread keeps its stack and its C heap resident.
   */
  private static ExecutorService handlers() {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            2,
            2,
            IDLE_SECONDS,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            HealThreads.factory("heal-control"));
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /** The base URL, such as {@code http://127.0.0.1:7077}. */
  public URI url() {
    InetSocketAddress a = server.getAddress();
    return URI.create("http://" + a.getAddress().getHostAddress() + ":" + a.getPort());
  }

  @Override
  public void close() {
    server.stop(0);
    ((ExecutorService) server.getExecutor()).shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    try {
      route(ex);
    } catch (UnknownServiceException e) {
      send(ex, 404, Problem.of(404, "Not Found", e.getMessage()));
    } catch (MethodNotAllowed e) {
      send(ex, 405, Problem.of(405, "Method Not Allowed", e.getMessage()));
    } catch (IllegalArgumentException e) {
      send(ex, 400, Problem.of(400, "Bad Request", e.getMessage()));
    } catch (RuntimeException | TimeoutException | ExecutionException e) {
      Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
      if (cause instanceof UnknownServiceException) {
        send(ex, 404, Problem.of(404, "Not Found", cause.getMessage()));
      } else if (cause instanceof IllegalArgumentException) {
        send(ex, 400, Problem.of(400, "Bad Request", cause.getMessage()));
      } else {
        LOG.log(Level.WARNING, "control request " + ex.getRequestURI() + " failed", cause);
        send(
            ex,
            500,
            Problem.of(500, "Internal Server Error", "the daemon could not do that; see its log"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      send(ex, 503, Problem.of(503, "Service Unavailable", "the daemon is stopping"));
    } finally {
      ex.close();
    }
  }

  private void route(HttpExchange ex)
      throws IOException, InterruptedException, ExecutionException, TimeoutException {
    String method = ex.getRequestMethod();
    String[] parts = ex.getRequestURI().getPath().replaceAll("/+$", "").split("/");
    // parts: "", "v1", collection, [id], [action]
    if (parts.length < 3 || !parts[1].equals("v1")) {
      send(
          ex,
          404,
          Problem.of(
              404, "Not Found", "path: no such endpoint, found " + ex.getRequestURI().getPath()));
      return;
    }
    String collection = parts[2];
    if (collection.equals("services") && parts.length == 3) {
      expect(ex, "GET");
      send(ex, 200, engine.status());
    } else if (collection.equals("services") && parts.length == 4) {
      expect(ex, "GET");
      String name = parts[3];
      send(
          ex,
          200,
          engine.status().stream()
              .filter(s -> s.name().equals(name))
              .findFirst()
              .orElseThrow(
                  () ->
                      new UnknownServiceException(
                          name, engine.status().stream().map(s -> s.name()).toList())));
    } else if (collection.equals("services") && parts.length == 5) {
      expect(ex, "POST");
      String name = parts[3];
      String result =
          switch (parts[4]) {
            case "restart" -> wait(engine.restart(name));
            case "rollback" -> wait(engine.rollback(name));
            case "deploy" -> wait(engine.deploy(name, version(ex)));
            default ->
                throw new IllegalArgumentException(
                    "action: must be restart, deploy or rollback, found " + parts[4]);
          };
      send(ex, 202, Map.of("accepted", result));
    } else if (collection.equals("incidents") && parts.length == 3) {
      expect(ex, "GET");
      send(ex, 200, incidents.list());
    } else if (collection.equals("incidents") && parts.length == 4) {
      expect(ex, "GET");
      var found = incidents.find(parts[3]);
      if (found.isPresent()) {
        send(ex, 200, found.get());
      } else {
        send(ex, 404, Problem.of(404, "Not Found", "incident: no incident with id " + parts[3]));
      }
    } else {
      send(
          ex,
          404,
          Problem.of(
              404, "Not Found", "path: no such endpoint, found " + ex.getRequestURI().getPath()));
    }
  }

  private String version(HttpExchange ex) throws IOException {
    byte[] body = ex.getRequestBody().readAllBytes();
    if (body.length == 0) {
      throw new IllegalArgumentException(
          "version: required in the body as {\"version\": \"v2\"}, found nothing");
    }
    Object node;
    try {
      node = json.anyFrom(body);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "body: must be JSON like {\"version\": \"v2\"}, found "
              + new String(body, java.nio.charset.StandardCharsets.UTF_8));
    }
    Object v = node instanceof Map<?, ?> map ? map.get("version") : null;
    if (!(v instanceof String text) || text.isBlank()) {
      throw new IllegalArgumentException(
          "version: must be a release name, found " + (v == null ? "nothing" : json.asString(v)));
    }
    return text;
  }

  private static void expect(HttpExchange ex, String method) {
    if (!ex.getRequestMethod().equals(method)) {
      throw new MethodNotAllowed(
          "method: "
              + ex.getRequestURI().getPath()
              + " takes "
              + method
              + ", found "
              + ex.getRequestMethod());
    }
  }

  private static String wait(java.util.concurrent.CompletableFuture<String> f)
      throws InterruptedException, ExecutionException, TimeoutException {
    return f.get(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  private void send(HttpExchange ex, int status, Object body) throws IOException {
    byte[] bytes = json.asBytes(body);
    ex.getResponseHeaders()
        .set(
            "Content-Type",
            body instanceof Problem ? "application/problem+json" : "application/json");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** A request with the wrong HTTP method. */
  private static final class MethodNotAllowed extends RuntimeException {
    MethodNotAllowed(String message) {
      super(message);
    }
  }
}
