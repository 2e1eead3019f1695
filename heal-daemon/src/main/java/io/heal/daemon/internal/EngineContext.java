package io.heal.daemon.internal;

import io.heal.core.audit.AuditTrail;
import io.heal.core.incident.IncidentStore;
import io.heal.core.incident.WriteAhead;
import io.heal.core.time.HealClock;
import io.heal.daemon.EngineEvent;
import io.heal.daemon.EngineListener;
import io.heal.daemon.ProbeFactory;
import io.heal.daemon.spi.Notifier;
import io.heal.remedy.RemedyPolicy;
import io.heal.supervisor.ProcessLauncher;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What every service supervisor shares: the loop, the clock, and the engine's collaborators. */
public final class EngineContext {

  private static final Logger LOG = Logger.getLogger("heal.engine");

  /** Size of the buffer that every service's new log lines are read through. */
  static final int DEFAULT_LOG_BUFFER_BYTES = 8 * 1024;

  final HealClock clock;
  final ScheduledExecutorService loop;
  final ProcessLauncher launcher;
  final ProbeFactory probes;
  final IncidentStore incidents;
  final AuditTrail audit;
  final Notifier notifier;
  final RemedyPolicy policy = new RemedyPolicy();
  final DoubleSupplier random;
  final Path logDir;
  final IncidentIds ids;
  final io.heal.supervisor.PidFiles pidFiles;
  final GridTimer grid;
  final Journal journal;
  // scratch space of LogTail reads: used on the engine loop only, so one serves every service
  final java.nio.ByteBuffer logBuffer = java.nio.ByteBuffer.allocate(DEFAULT_LOG_BUFFER_BYTES);
  private final List<EngineListener> listeners = new CopyOnWriteArrayList<>();
  private java.util.concurrent.ExecutorService ioPool;
  private io.heal.detect.metrics.MetricsScraper scraper;
  private io.heal.supervisor.LogDirectoryWatch logWatch;
  private boolean logWatchFailed;

  public EngineContext(
      HealClock clock,
      ScheduledExecutorService loop,
      ProbeFactory probes,
      IncidentStore incidents,
      AuditTrail audit,
      WriteAhead writeAhead,
      Notifier notifier,
      DoubleSupplier random,
      Path logDir) {
    this.clock = clock;
    this.loop = loop;
    this.launcher = new ProcessLauncher(clock);
    this.probes = probes;
    this.incidents = incidents;
    this.audit = audit;
    this.notifier = notifier;
    this.random = random;
    this.logDir = logDir;
    this.ids = new IncidentIds(clock);
    this.pidFiles = new io.heal.supervisor.PidFiles(logDir.resolveSibling("run"));
    this.grid = new GridTimer(loop, Timers.DEFAULT_PROBE_GRID);
    this.journal = new Journal(incidents, audit, writeAhead);
  }

  /**
   * Runs {@code then} on the loop with the stage's value (null if it failed). Call it on the loop:
   * a stage already complete (a loopback TCP check decides within its connect) runs {@code then} at
   * once, in the caller's task; any other is posted to the loop when it completes.
   */
  <T> void onLoopWhenDone(java.util.concurrent.CompletionStage<T> stage, Consumer<T> then) {
    whenDone(stage, then, loop::execute);
  }

  /**
   * Like {@link #onLoopWhenDone}, but a stage that completes later runs {@code then} on the next
   * line of the {@link GridTimer}, with the other results that arrived since the last one: for
   * results that may wait up to one grid step (those of services already running).
   */
  <T> void onGridWhenDone(java.util.concurrent.CompletionStage<T> stage, Consumer<T> then) {
    whenDone(stage, then, grid::post);
  }

  /** Runs {@code then} at once if the stage is complete, else through {@code later} once it is. */
  private static <T> void whenDone(
      java.util.concurrent.CompletionStage<T> stage,
      Consumer<T> then,
      java.util.concurrent.Executor later) {
    java.util.concurrent.CompletableFuture<T> f = stage.toCompletableFuture();
    if (f.isDone()) {
      then.accept(f.isCompletedExceptionally() ? null : f.getNow(null));
    } else {
      f.whenComplete((value, error) -> later.execute(() -> then.accept(value)));
    }
  }

  /** Kills what an earlier Heal, killed without a chance to stop them, left running. */
  public java.util.List<Long> reapLeftovers() {
    return pidFiles.reapLeftovers();
  }

  /** A small pool for blocking I/O off the loop (metric scrapes); made on first use. */
  synchronized java.util.concurrent.ExecutorService io() {
    if (ioPool == null) {
      ioPool =
          java.util.concurrent.Executors.newFixedThreadPool(
              2, io.heal.core.concurrent.HealThreads.factory("heal-io"));
    }
    return ioPool;
  }

  /** The metrics scraper (one HTTP client for every service); made on first use. */
  synchronized io.heal.detect.metrics.MetricsScraper scraper() {
    if (scraper == null) {
      scraper = new io.heal.detect.metrics.MetricsScraper();
    }
    return scraper;
  }

  /** The watch on the log directory; made on first use. */
  synchronized java.util.Optional<io.heal.supervisor.LogDirectoryWatch> logWatch() {
    if (logWatch == null && !logWatchFailed) {
      try {
        java.nio.file.Files.createDirectories(logDir);
        // each batch of written logs is read on the next grid line, in the wake of its tick
        logWatch =
            new io.heal.supervisor.LogDirectoryWatch(
                logDir, io.heal.supervisor.LogDirectoryWatch.DEFAULT_BATCH, grid::post);
      } catch (java.io.IOException e) {
        logWatchFailed = true;
        LOG.log(
            Level.WARNING, "cannot watch " + logDir + "; log signatures are read by polling", e);
      }
    }
    return java.util.Optional.ofNullable(logWatch);
  }

  /**
   * Waits until every record so far is durable and every event about them delivered. Call it off
   * the loop, while the loop still runs.
   */
  public void drain(java.time.Duration wait) throws InterruptedException {
    journal.flush(wait);
    try {
      loop.submit(() -> {}).get(wait.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
    } catch (java.util.concurrent.ExecutionException
        | java.util.concurrent.TimeoutException
        | java.util.concurrent.RejectedExecutionException e) {
      LOG.log(Level.WARNING, "engine events still queued after " + wait, e);
    }
  }

  /** Writes what the journal holds, and stops the I/O pool and the log watch. */
  public synchronized void close() {
    journal.close();
    if (logWatch != null) {
      logWatch.close();
    }
    if (ioPool != null) {
      ioPool.shutdownNow();
    }
  }

  public void addListener(EngineListener listener) {
    listeners.add(listener);
  }

  /**
   * Tells the listeners, on the loop, once everything recorded before is durable. Call it on the
   * loop.
   */
  void emit(String service, EngineEvent.Type type, String message, Optional<String> incident) {
    EngineEvent event = new EngineEvent(clock.now(), service, type, message, incident);
    journal.afterWrites(() -> onLoop(() -> deliver(event)));
  }

  /** Runs {@code task} on the loop; on the caller's thread once the loop has stopped. */
  void onLoop(Runnable task) {
    try {
      loop.execute(task);
    } catch (java.util.concurrent.RejectedExecutionException stopped) {
      task.run();
    }
  }

  private void deliver(EngineEvent event) {
    for (EngineListener l : listeners) {
      try {
        l.onEvent(event);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "listener failed on " + event, e);
      }
    }
  }
}
