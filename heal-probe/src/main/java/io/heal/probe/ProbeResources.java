package io.heal.probe;

import io.heal.core.concurrent.HealThreads;
import io.heal.probe.internal.ProbeSelector;
import java.net.http.HttpClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * What all probes share: one selector thread that drives every TCP and plain-HTTP check, one
 * scheduler for the deadlines of command checks, and, made on first use, one {@link HttpClient} for
 * the checks the selector does not speak (HTTPS, host names other than {@code localhost}). Checks
 * never block these threads while waiting on the network.
 *
 * <p>The JDK client is made only when needed because it costs: building it loads TLS and parses the
 * trust store (several MB of a supervisor's heap and metaspace), and it runs three threads. It has
 * no connect timeout of its own: each request's timeout (the probe's) bounds the connect too, so a
 * slow connect reads as {@code timed out after <probe timeout>}.
 *
 * <p>Threads are named daemon threads ({@code heal-probe-io-1}, {@code heal-probe-timer-1}, {@code
 * heal-probe-http-N}); {@link #close()} shuts them down. Thread-safe.
 */
public final class ProbeResources implements AutoCloseable {

  /** Threads of the HTTP client's executor: they run callbacks, they never wait on the network. */
  public static final int DEFAULT_HTTP_THREADS = 2;

  private final ProbeSelector selector;
  private final ScheduledThreadPoolExecutor scheduler;
  private HttpClient httpClient;
  private ExecutorService httpExecutor;

  private ProbeResources(ProbeSelector selector, ScheduledThreadPoolExecutor scheduler) {
    this.selector = selector;
    this.scheduler = scheduler;
  }

  /** Builds a set of resources that this object owns and {@link #close()} releases. */
  public static ProbeResources create() {
    ScheduledThreadPoolExecutor scheduler =
        new ScheduledThreadPoolExecutor(1, HealThreads.factory("heal-probe-timer"));
    scheduler.setRemoveOnCancelPolicy(true);
    return new ProbeResources(new ProbeSelector(), scheduler);
  }

  /** The shared JDK HTTP client, made on first use. */
  public synchronized HttpClient httpClient() {
    if (httpClient == null) {
      httpExecutor =
          Executors.newFixedThreadPool(
              DEFAULT_HTTP_THREADS, HealThreads.factory("heal-probe-http"));
      httpClient =
          HttpClient.newBuilder()
              .executor(httpExecutor)
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
    }
    return httpClient;
  }

  /** The scheduler that fires the deadlines of command checks. */
  public ScheduledExecutorService scheduler() {
    return scheduler;
  }

  /** The selector that drives TCP and plain-HTTP checks. */
  ProbeSelector selector() {
    return selector;
  }

  /**
   * Releases owned threads. Checks still in flight may then never complete: close only after the
   * engine has stopped checking.
   */
  @Override
  public synchronized void close() {
    selector.close();
    scheduler.shutdownNow();
    if (httpExecutor != null) {
      httpExecutor.shutdownNow();
    }
  }
}
