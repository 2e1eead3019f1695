package io.heal.daemon.internal;

import io.heal.core.audit.AuditTrail;
import io.heal.core.concurrent.HealThreads;
import io.heal.core.incident.IncidentStore;
import io.heal.core.incident.WriteAhead;
import io.heal.core.time.HealClock;
import io.heal.daemon.EngineEvent;
import io.heal.daemon.EngineListener;
import io.heal.daemon.ProbeFactory;
import io.heal.daemon.spi.Notifier;
import io.heal.detect.metrics.MetricsScraper;
import io.heal.remedy.RemedyPolicy;
import io.heal.supervisor.LogDirectoryWatch;
import io.heal.supervisor.PidFiles;
import io.heal.supervisor.ProcessLauncher;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
  final PidFiles pidFiles;
  final GridTimer grid;
  final Journal journal;
  // scratch space of LogTail reads: used on the engine loop only, so one serves every service
  final ByteBuffer logBuffer = ByteBuffer.allocate(DEFAULT_LOG_BUFFER_BYTES);
  private final List<EngineListener> listeners = new CopyOnWriteArrayList<>();
  private ExecutorService ioPool;
  private MetricsScraper scraper;
  private LogDirectoryWatch logWatch;
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
    this.pidFiles = new PidFiles(logDir.resolveSibling("run"));
    this.grid = new GridTimer(loop, Timers.DEFAULT_PROBE_GRID);
    this.journal = new Journal(incidents, audit, writeAhead);
  }

  /**
   * Runs {@code then} on the loop with the stage's value (null if it failed). Call it on the loop:
   * a stage already complete (a loopback TCP check decides within its connect) runs {@code then} at
   * once, in the caller's task; any other is posted to the loop when it completes.
   */
  <T> void onLoopWhenDone(CompletionStage<T> stage, Consumer<T> then) {
    whenDone(stage, then, loop::execute);
  }

  /**
   * Like {@link #onLoopWhenDone}, but a stage that completes later runs {@code then} on the next
   * line of the {@link GridTimer}, with the other results that arrived since the last one: for
   * results that may wait up to one grid step (those of services already running).
   */
  <T> void onGridWhenDone(CompletionStage<T> stage, Consumer<T> then) {
    whenDone(stage, then, grid::post);
  }

  /** Runs {@code then} at once if the stage is complete, else through {@code later} once it is. */
  private static <T> void whenDone(CompletionStage<T> stage, Consumer<T> then, Executor later) {
    CompletableFuture<T> f = stage.toCompletableFuture();
    if (f.isDone()) {
      then.accept(f.isCompletedExceptionally() ? null : f.getNow(null));
    } else {
      f.whenComplete((value, error) -> later.execute(() -> then.accept(value)));
    }
  }

  /** Kills what an earlier Heal, killed without a chance to stop them, left running. */
  public List<Long> reapLeftovers() {
    return pidFiles.reapLeftovers();
  }

  /** A small pool for blocking I/O off the loop (metric scrapes); made on first use. */
  synchronized ExecutorService io() {
    if (ioPool == null) {
      ioPool = Executors.newFixedThreadPool(2, HealThreads.factory("heal-io"));
    }
    return ioPool;
  }

  /** The metrics scraper (one HTTP client for every service); made on first use. */
  synchronized MetricsScraper scraper() {
    if (scraper == null) {
      scraper = new MetricsScraper();
    }
    return scraper;
  }

  /** The watch on the log directory; made on first use. */
  synchronized Optional<LogDirectoryWatch> logWatch() {
    if (logWatch == null && !logWatchFailed) {
      try {
        Files.createDirectories(logDir);
        // each batch of written logs is read on the next grid line, in the wake of its tick
        logWatch = new LogDirectoryWatch(logDir, LogDirectoryWatch.DEFAULT_BATCH, grid::post);
      } catch (IOException e) {
        logWatchFailed = true;
        LOG.log(
            Level.WARNING, "cannot watch " + logDir + "; log signatures are read by polling", e);
      }
    }
    return Optional.ofNullable(logWatch);
  }

  /**
   * Waits until every record so far is durable and every event about them delivered. Call it off
   * the loop, while the loop still runs.
   */
  public void drain(Duration wait) throws InterruptedException {
    journal.flush(wait);
    try {
      loop.submit(() -> {}).get(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
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
    } catch (RejectedExecutionException stopped) {
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
