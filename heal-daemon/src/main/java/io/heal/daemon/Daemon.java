package io.heal.daemon;

import io.heal.core.incident.IncidentStore;
import io.heal.core.spec.HealSpec;
import io.heal.core.time.HealClock;
import io.heal.daemon.http.ControlServer;
import io.heal.daemon.internal.WebhookNotifier;
import io.heal.store.AuditLog;
import io.heal.store.JsonFileIncidentStore;
import io.heal.store.WriteAheadLog;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A running Heal: the engine, its durable incident store and audit log under the data directory,
 * and the control API. {@link #close()} stops every service and releases everything.
 *
 * <p>Layout of the data directory: {@code incidents/<id>.json}, {@code logs/<service>.log}, {@code
 * audit.jsonl}, {@code journal.wal} (records accepted and not yet saved), {@code control.url}.
 */
public final class Daemon implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger("heal.daemon");

  /** Temporary files of interrupted incident saves older than this are removed at start. */
  public static final java.time.Duration DEFAULT_TEMP_FILE_AGE = java.time.Duration.ofMinutes(1);

  private final HealSpec spec;
  private final Engine engine;
  private final IncidentStore incidents;
  private final AuditLog audit;
  private final WriteAheadLog writeAhead;
  private final ControlServer control;

  private Daemon(
      HealSpec spec,
      Engine engine,
      IncidentStore incidents,
      AuditLog audit,
      WriteAheadLog writeAhead,
      ControlServer control) {
    this.spec = spec;
    this.writeAhead = writeAhead;
    this.engine = engine;
    this.incidents = incidents;
    this.audit = audit;
    this.control = control;
  }

  /**
   * Opens the data directory, starts the control API and the engine.
   *
   * @param withControl whether to listen on the control address (the demo does not need to)
   * @param listener receives engine events from the first one on; may be null
   */
  public static Daemon start(
      HealSpec spec,
      ProbeFactory probes,
      HealClock clock,
      boolean withControl,
      EngineListener listener)
      throws IOException {
    Files.createDirectories(spec.dataDir().resolve("logs"));
    JsonFileIncidentStore incidents =
        JsonFileIncidentStore.inDataDir(
            spec.dataDir(), bad -> LOG.warning("unreadable incident file: " + bad));
    incidents.deleteLeftoverTempFiles(DEFAULT_TEMP_FILE_AGE);
    AuditLog audit = AuditLog.open(spec.dataDir(), clock);
    WriteAheadLog writeAhead;
    try {
      writeAhead = WriteAheadLog.openRecovering(spec.dataDir(), incidents, audit);
    } catch (RuntimeException e) {
      audit.close();
      throw e;
    }
    WriteAheadLog.Recovered recovered = writeAhead.recovered();
    if (recovered.any()) {
      LOG.warning(
          "put back what an earlier Heal accepted but had not saved when it ended: "
              + count(recovered.incidents(), "incident", "incidents")
              + " and "
              + count(recovered.auditEntries(), "audit entry", "audit entries")
              + ", from "
              + writeAhead.file());
    }
    Engine engine =
        new Engine(
            spec,
            new EngineOptions(
                clock,
                incidents,
                new AuditLogTrail(audit),
                writeAhead,
                new WebhookNotifier(HttpClient::newHttpClient),
                probes,
                () -> ThreadLocalRandom.current().nextDouble()));
    if (listener != null) {
      engine.addListener(listener);
    }
    ControlServer control = null;
    if (withControl) {
      control = ControlServer.start(spec.control(), engine, incidents);
      Files.writeString(spec.dataDir().resolve("control.url"), control.url() + "\n");
    }
    engine.start();
    return new Daemon(spec, engine, incidents, audit, writeAhead, control);
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  public Engine engine() {
    return engine;
  }

  public IncidentStore incidents() {
    return incidents;
  }

  public Path dataDir() {
    return spec.dataDir();
  }

  /** The control API's base URL, when it listens. */
  public URI controlUrl() {
    if (control == null) {
      throw new IllegalStateException("control: this daemon was started without its control API");
    }
    return control.url();
  }

  @Override
  public void close() {
    if (control != null) {
      control.close();
    }
    engine.close();
    try {
      writeAhead.close();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "closing the write-ahead log", e);
    }
    try {
      audit.close();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "closing the audit log", e);
    }
  }
}
