package io.heal.probe;

import io.heal.core.concurrent.HealThreads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.channels.AsynchronousChannelGroup;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * What all probes share: one {@link HttpClient} (thread-safe, pools connections, so one client
 * serves every HTTP probe), one scheduler for timeouts, and one channel group for TCP connects.
 * Checks never block these threads while waiting on the network; timeout tasks only complete a
 * result and release what the check held.
 *
 * <p>The client has no connect timeout of its own: each request's timeout (the probe's) bounds the
 * connect too, so a slow connect reads as {@code timed out after <probe timeout>}.
 *
 * <p>{@link #create()} builds and owns a set with named daemon threads ({@code heal-probe-http-N},
 * {@code heal-probe-timer-N}, {@code heal-probe-tcp-N}); {@link #close()} shuts them down. Sets
 * built with {@link #of} belong to the caller and are not closed. Thread-safe.
 */
public final class ProbeResources implements AutoCloseable {

  /** Threads of the HTTP client's executor: they run callbacks, they never wait on the network. */
  public static final int DEFAULT_HTTP_THREADS = 2;

  private final HttpClient httpClient;
  private final ScheduledExecutorService scheduler;
  private final AsynchronousChannelGroup channelGroup;
  private final Runnable onClose;

  private ProbeResources(
      HttpClient httpClient,
      ScheduledExecutorService scheduler,
      AsynchronousChannelGroup channelGroup,
      Runnable onClose) {
    this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.channelGroup = channelGroup;
    this.onClose = onClose;
  }

  /** Builds a set of resources that this object owns and {@link #close()} releases. */
  public static ProbeResources create() {
    ExecutorService httpExecutor =
        Executors.newFixedThreadPool(DEFAULT_HTTP_THREADS, HealThreads.factory("heal-probe-http"));
    ScheduledThreadPoolExecutor scheduler =
        new ScheduledThreadPoolExecutor(1, HealThreads.factory("heal-probe-timer"));
    scheduler.setRemoveOnCancelPolicy(true);
    AsynchronousChannelGroup group;
    try {
      group =
          AsynchronousChannelGroup.withFixedThreadPool(1, HealThreads.factory("heal-probe-tcp"));
    } catch (IOException e) {
      httpExecutor.shutdownNow();
      scheduler.shutdownNow();
      throw new UncheckedIOException("cannot create the TCP probe channel group", e);
    }
    HttpClient client =
        HttpClient.newBuilder()
            .executor(httpExecutor)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    return new ProbeResources(
        client,
        scheduler,
        group,
        () -> {
          scheduler.shutdownNow();
          try {
            group.shutdownNow();
          } catch (IOException e) {
            // closing channels at shutdown: nothing left to do with the error
          }
          httpExecutor.shutdownNow();
        });
  }

  /**
   * Wraps resources the caller owns (and closes). TCP probes then use the JVM's default channel
   * group.
   */
  public static ProbeResources of(HttpClient httpClient, ScheduledExecutorService scheduler) {
    return new ProbeResources(httpClient, scheduler, null, () -> {});
  }

  /** The shared HTTP client. */
  public HttpClient httpClient() {
    return httpClient;
  }

  /** The scheduler that fires check timeouts. */
  public ScheduledExecutorService scheduler() {
    return scheduler;
  }

  /** The channel group for TCP connects, or null for the JVM's default group. */
  AsynchronousChannelGroup channelGroup() {
    return channelGroup;
  }

  /**
   * Releases owned threads. Checks still in flight may then never complete: close only after the
   * engine has stopped checking.
   */
  @Override
  public void close() {
    onClose.run();
  }
}
