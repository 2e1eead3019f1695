package io.heal.daemon.internal;

import io.heal.core.audit.AuditEntry;
import io.heal.core.audit.AuditTrail;
import io.heal.core.concurrent.HealThreads;
import io.heal.core.incident.Incident;
import io.heal.core.incident.IncidentStore;
import io.heal.core.incident.WriteAhead;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The engine's writer: incidents are saved and audit entries appended on its own thread, in the
 * order the engine recorded them, so that the engine loop never waits for the disk (each save is
 * two fsyncs; when 40 services crash at once, their exits queued behind those on the loop and the
 * last restart was issued 200 ms late). What anyone hears of a record comes after it: {@link
 * #afterWrites} runs its task only once everything recorded before is durable, and the engine's
 * events, its webhooks and its stop go through it.
 *
 * <p>A snapshot of an incident that is still waiting when a newer one arrives is not written: the
 * newer one holds all of its steps. Thread-safe; {@link #close} writes what is waiting first.
 *
 * <p>Nothing accepted is lost to a crash of Heal: {@link #save} and {@link #append} first hand the
 * record to the {@link WriteAhead} (a plain write to a file, on the caller's thread), and the
 * writer tells it how many records it has handled, so that it can forget them once the stores hold
 * everything.
 */
final class Journal implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger("heal.incidents");

  /** How long {@link #close} waits for the records still queued. */
  static final Duration DEFAULT_CLOSE_WAIT = Duration.ofSeconds(30);

  private final IncidentStore incidents;
  private final AuditTrail audit;
  private final WriteAhead writeAhead;
  // records handed to the writer, and how many of them it has handled
  private final AtomicLong handled = new AtomicLong();
  // set by a failed save: from then on everything stays in the write-ahead log for the next start
  private volatile boolean keepAll;
  private final ExecutorService writer =
      Executors.newSingleThreadExecutor(HealThreads.factory("heal-journal"));
  // id -> the newest snapshot not yet written
  private final Map<String, Incident> waiting = new ConcurrentHashMap<>();

  Journal(IncidentStore incidents, AuditTrail audit, WriteAhead writeAhead) {
    this.incidents = incidents;
    this.audit = audit;
    this.writeAhead = writeAhead;
  }

  /** Saves this snapshot of an incident, after everything recorded before it. */
  void save(Incident incident) {
    writeAhead.incident(incident);
    waiting.put(incident.id(), incident);
    submit(
        () -> {
          Incident newest = waiting.remove(incident.id());
          if (newest != null) {
            write(newest);
          }
          settle();
        });
  }

  /**
   * Keeps a snapshot in the write-ahead log only, without saving it: for the record of a decision
   * just before the engine acts on it, whose save follows with the outcome.
   */
  void keep(Incident snapshot) {
    writeAhead.incident(snapshot);
    submit(this::settle); // counted as handled in its turn, like every record kept
  }

  /**
   * Keeps an audit entry in the write-ahead log only, ahead of the action it records; {@link
   * #appendKept} must follow with the same entry, before any other audit entry is kept.
   */
  void keepAudit(AuditEntry entry) {
    writeAhead.audit(entry);
  }

  /** Appends an audit entry that {@link #keepAudit} already kept, after everything before it. */
  void appendKept(AuditEntry entry) {
    submit(
        () -> {
          audit.append(entry);
          settle();
        });
  }

  /** Appends an audit entry, after everything recorded before it. */
  void append(AuditEntry entry) {
    keepAudit(entry);
    appendKept(entry);
  }

  /** Runs {@code task} on the writer once everything recorded before it is durable. */
  void afterWrites(Runnable task) {
    submit(task);
  }

  /** Waits until everything recorded so far is durable and every task before this has run. */
  void flush(Duration wait) throws InterruptedException {
    Future<?> done;
    try {
      done = writer.submit(() -> {});
    } catch (RejectedExecutionException closed) {
      return;
    }
    try {
      done.get(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException | TimeoutException e) {
      LOG.log(Level.WARNING, "journal: records still queued after " + wait, e);
    }
  }

  /** Writes what is queued (waiting up to {@link #DEFAULT_CLOSE_WAIT}) and stops the writer. */
  @Override
  public void close() {
    writer.shutdown();
    try {
      if (!writer.awaitTermination(DEFAULT_CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.severe("journal: records still queued after " + DEFAULT_CLOSE_WAIT + "; giving up");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void submit(Runnable task) {
    Runnable guarded = HealThreads.guarded("journal task", task);
    try {
      writer.execute(guarded);
    } catch (RejectedExecutionException closed) {
      // after close (a late record of a stopping engine): written here, not lost
      guarded.run();
    }
  }

  private void settle() {
    long n = handled.incrementAndGet();
    if (!keepAll) {
      writeAhead.settled(n);
    }
  }

  private void write(Incident incident) {
    try {
      incidents.save(incident);
    } catch (RuntimeException e) {
      keepAll = true;
      LOG.log(
          Level.SEVERE,
          "cannot save incident " + incident.id() + "; the next start saves it from the journal",
          e);
    }
  }
}
