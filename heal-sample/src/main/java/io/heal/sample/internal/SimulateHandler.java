package io.heal.sample.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The fault switches under {@code /__simulate/}: unhealthy, healthy, crash, hang, leak, errors,
 * latency and reset. GET and POST both work, for curl convenience.
 */
final class SimulateHandler {

  /** The marker file whose presence makes the service crash at start. */
  static final String CRASH_LOOP_MARKER = io.heal.sample.SampleMain.CRASH_LOOP_MARKER;

  /** Exit code of a simulated crash when none is given. */
  static final int DEFAULT_CRASH_CODE = 3;

  /** Leak rate when none is given, in MiB per second. */
  static final double DEFAULT_LEAK_MB_PER_S = 20;

  /** Share of failing requests when none is given. */
  static final double DEFAULT_ERROR_RATE = 0.5;

  /** Added latency when none is given. */
  static final Duration DEFAULT_LATENCY = Duration.ofMillis(300);

  private final Faults faults;
  private final Path stateDir;
  private final PrintStream log;

  SimulateHandler(Faults faults, Path stateDir, PrintStream log) {
    this.faults = faults;
    this.stateDir = stateDir;
    this.log = log;
  }

  int handle(HttpExchange exchange, String fault) throws IOException {
    Map<String, String> query = Exchanges.query(exchange);
    Exchanges.body(exchange);
    try {
      return switch (fault) {
        case "unhealthy" -> toggleHealth(exchange, true);
        case "healthy" -> toggleHealth(exchange, false);
        case "crash" -> crash(exchange, query);
        case "hang" -> hang(exchange);
        case "leak" -> leak(exchange, query);
        case "errors" -> errors(exchange, query);
        case "latency" -> latency(exchange, query);
        case "reset" -> reset(exchange);
        default ->
            Exchanges.problem(exchange, 404, "Not Found", "fault: unknown, found '" + fault + "'");
      };
    } catch (IllegalArgumentException e) {
      return Exchanges.problem(exchange, 400, "Bad Request", e.getMessage());
    }
  }

  private int toggleHealth(HttpExchange exchange, boolean unhealthy) throws IOException {
    faults.unhealthy(unhealthy);
    log.println("WARN simulate: " + (unhealthy ? "unhealthy" : "healthy"));
    return accepted(exchange, unhealthy ? "unhealthy" : "healthy");
  }

  private int crash(HttpExchange exchange, Map<String, String> query) throws IOException {
    int code = (int) number(query, "code", DEFAULT_CRASH_CODE, 0, 255);
    boolean persist = Boolean.parseBoolean(query.getOrDefault("persist", "false"));
    if (persist) {
      Files.createDirectories(stateDir.toAbsolutePath());
      Files.writeString(stateDir.resolve(CRASH_LOOP_MARKER), "crash-loop\n");
    }
    log.println("WARN simulate: crash, exit code " + code + (persist ? ", crash-loop marker" : ""));
    accepted(exchange, "crash");
    log.flush();
    // halt, not exit: a crash runs no shutdown hooks and keeps its exit code
    Runtime.getRuntime().halt(code);
    return 202;
  }

  private int hang(HttpExchange exchange) throws IOException {
    log.println("WARN simulate: hang, every request blocks from now on");
    // hang first, answer second: a request sent after the answer must find the service hung
    faults.hang();
    return accepted(exchange, "hang");
  }

  private int leak(HttpExchange exchange, Map<String, String> query) throws IOException {
    double rate = number(query, "mb_per_s", DEFAULT_LEAK_MB_PER_S, 0.1, 1024);
    faults.leak().start(rate);
    log.println("WARN simulate: leak " + rate + " MiB/s");
    return accepted(exchange, "leak");
  }

  private int errors(HttpExchange exchange, Map<String, String> query) throws IOException {
    double rate = number(query, "rate", DEFAULT_ERROR_RATE, 0, 1);
    faults.errorRate(rate);
    log.println("WARN simulate: errors at rate " + rate);
    return accepted(exchange, "errors");
  }

  private int latency(HttpExchange exchange, Map<String, String> query) throws IOException {
    long ms = (long) number(query, "ms", DEFAULT_LATENCY.toMillis(), 0, 600_000);
    faults.latency(Duration.ofMillis(ms));
    log.println("WARN simulate: latency " + ms + " ms");
    return accepted(exchange, "latency");
  }

  private int reset(HttpExchange exchange) throws IOException {
    faults.reset();
    log.println("INFO simulate: reset");
    return accepted(exchange, "reset");
  }

  private static int accepted(HttpExchange exchange, String fault) throws IOException {
    return Exchanges.json(exchange, 202, "{\"fault\":\"" + fault + "\"}");
  }

  private static double number(
      Map<String, String> query, String name, double fallback, double min, double max) {
    String text = query.get(name);
    if (text == null) {
      return fallback;
    }
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": must be a number, found '" + text + "'", e);
    }
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          name + ": must be within [" + min + ", " + max + "], found " + text);
    }
    return value;
  }
}
