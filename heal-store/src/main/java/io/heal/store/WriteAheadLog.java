package io.heal.store;

import com.fasterxml.jackson.jr.ob.JSON;
import io.heal.core.anomaly.Anomaly;
import io.heal.core.anomaly.Severity;
import io.heal.core.audit.AuditEntry;
import io.heal.core.incident.Evidence;
import io.heal.core.incident.Incident;
import io.heal.core.incident.IncidentKind;
import io.heal.core.incident.IncidentStore;
import io.heal.core.incident.Step;
import io.heal.core.incident.WriteAhead;
import io.heal.core.signal.ProbeResult;
import io.heal.store.internal.DurableFiles;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The engine's write-ahead log, {@code <dataDir>/journal.wal}: every incident snapshot and audit
 * entry the engine accepts is appended here on the engine's thread, before its journal saves it to
 * the incident store and the audit log. The append is a plain write, without a forced sync (tens of
 * microseconds): from then on the operating system holds it, so a crash of Heal itself (a kill -9,
 * an error that ends the JVM) loses no accepted record. A crash of the machine can still lose what
 * the stores had not yet forced to disk. Once the journal has saved everything appended and the log
 * has grown past {@link #DEFAULT_CUT_BYTES}, it is cut back to its header (cutting each time the
 * writer caught up cost the engine more than the appends); a clean close cuts it too. Replaying
 * records the stores already hold changes nothing, so the log may hold them.
 *
 * <p>{@link #openRecovering} first replays what an earlier Heal left behind: the newest snapshot of
 * each incident is saved again (saving one that is already there changes nothing), and the audit
 * entries that the audit log does not yet hold are appended with the time they were accepted. It
 * knows which those are by the header: the audit log's last sequence number when the log was cut,
 * after which the journal appended the entries in the order they were kept here.
 *
 * <p>Format, one record a line: {@code S <audit seq>} (the header), {@code I <incident JSON>},
 * {@code A <audit entry JSON>}. An incomplete last line (a write the crash cut short) is ignored.
 *
 * <p>Thread-safe. Never throws into the engine: a failed append is logged.
 */
public final class WriteAheadLog implements WriteAhead, Closeable {

  /** Name of the log file inside the data directory. */
  public static final String FILE_NAME = "journal.wal";

  private static final Logger LOG = Logger.getLogger("heal.journal");

  /** How large the log may grow before it is cut back, once everything in it is saved. */
  public static final long DEFAULT_CUT_BYTES = 1 << 20;

  /** What a start found and put back. */
  public record Recovered(int incidents, int auditEntries) {

    public boolean any() {
      return incidents > 0 || auditEntries > 0;
    }
  }

  private final Path file;
  private final FileChannel channel;
  private final AuditLog audit;
  private final JSON json = HealJson.json();
  private final Recovered recovered;
  private long kept;
  private long settled;
  private long end;
  private boolean failed;

  private WriteAheadLog(Path file, FileChannel channel, AuditLog audit, Recovered recovered)
      throws IOException {
    this.file = file;
    this.channel = channel;
    this.audit = audit;
    this.recovered = recovered;
    cut();
    rehearse();
  }

  /**
   * Opens (creating if missing) {@code <dataDir>/journal.wal}, after putting back into {@code
   * incidents} and {@code audit} what an earlier Heal accepted but had not saved.
   *
   * @throws IllegalStateException naming the line if a complete line of the log is not a record
   * @throws UncheckedIOException if the file cannot be read or written
   */
  public static WriteAheadLog openRecovering(
      Path dataDir, IncidentStore incidents, AuditLog audit) {
    Objects.requireNonNull(incidents, "incidents");
    Objects.requireNonNull(audit, "audit");
    Path file = Objects.requireNonNull(dataDir, "dataDir").resolve(FILE_NAME);
    Recovered recovered = replay(file, incidents, audit);
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      return new WriteAheadLog(file, channel, audit, recovered);
    } catch (IOException e) {
      DurableFiles.closeQuietly(channel);
      throw new UncheckedIOException("write-ahead log " + file + ": cannot open", e);
    }
  }

  /** What {@link #openRecovering} put back. */
  public Recovered recovered() {
    return recovered;
  }

  /** The log file. */
  public Path file() {
    return file;
  }

  @Override
  public synchronized void incident(Incident snapshot) {
    keep('I', () -> json.asString(snapshot));
  }

  @Override
  public synchronized void audit(AuditEntry entry) {
    keep('A', () -> json.asString(entry));
  }

  @Override
  public synchronized void settled(long count) {
    settled = count;
    if (count != kept || end < DEFAULT_CUT_BYTES) {
      return;
    }
    try {
      cut();
    } catch (IOException e) {
      fail("cannot cut back", e);
    }
  }

  /**
   * Closes the file, cut back if everything in it was settled; what was kept and not settled stays
   * in it for the next start.
   */
  @Override
  public synchronized void close() throws IOException {
    try (channel) {
      if (settled == kept) {
        cut();
      }
    }
  }

  /**
   * Writes a snapshot with every kind of field, and an audit entry, to JSON and throws them away:
   * the first record of a type costs about 20 ms of introspection, which would otherwise fall on
   * the engine's thread at its first crash.
   */
  private void rehearse() throws IOException {
    Instant at = Instant.EPOCH;
    Evidence evidence =
        new Evidence(
            Optional.of(1),
            Optional.of("KILL"),
            List.of(new ProbeResult("s", at, "http", false, true, Duration.ZERO, "rehearsal")),
            List.of("rehearsal"),
            Optional.of("rehearsal"),
            List.of(new Anomaly("s", at, "m", "d", 1.0, 0.0, 0.0, 1.0, Severity.HIGH, "rehearsal")),
            Map.of("pid", "1"));
    json.asString(
        Incident.open("rehearsal", "s", IncidentKind.CRASH, "v", at, at, evidence, "rehearsal")
            .withStep(at, Step.REMEDY_CHOSEN, "rehearsal")
            .resolved(at, "rehearsal"));
    json.asString(new AuditEntry(at, "heal", "restart", "s", Map.of("reason", "rehearsal")));
  }

  /** A record's JSON, made by the caller of {@link #keep}. */
  private interface Body {
    String json() throws IOException;
  }

  private void keep(char type, Body body) {
    kept++;
    try {
      byte[] line = (type + " " + body.json() + "\n").getBytes(StandardCharsets.UTF_8);
      end += write(ByteBuffer.wrap(line), end);
    } catch (IOException e) {
      fail("cannot append", e);
    }
  }

  /** Empties the file and writes the header: the audit log's last sequence number. */
  private void cut() throws IOException {
    channel.truncate(0);
    end =
        write(ByteBuffer.wrap(("S " + audit.lastSeq() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
  }

  private int write(ByteBuffer bytes, long position) throws IOException {
    int n = 0;
    while (bytes.hasRemaining()) {
      n += channel.write(bytes, position + n);
    }
    return n;
  }

  private void fail(String what, IOException e) {
    if (!failed) {
      LOG.log(
          Level.SEVERE,
          "write-ahead log "
              + file
              + ": "
              + what
              + "; records are still saved, but a crash of Heal before they are may lose them",
          e);
      failed = true;
    }
  }

  /**
   * The newest snapshot of each incident in the log at {@code dataDir} that {@code store} does not
   * hold as it is: what Heal accepted and had not saved when it stopped (or is saving now). Reads
   * only; the next start saves them.
   *
   * @throws IllegalStateException naming the line if a complete line of the log is not a record
   */
  public static List<Incident> unsaved(Path dataDir, IncidentStore store) {
    return unsaved(parse(Objects.requireNonNull(dataDir, "dataDir").resolve(FILE_NAME)), store);
  }

  private static List<Incident> unsaved(Parsed parsed, IncidentStore store) {
    List<Incident> unsaved = new ArrayList<>();
    for (Incident incident : parsed.newest().values()) {
      if (!store.find(incident.id()).equals(Optional.of(incident))) {
        unsaved.add(incident);
      }
    }
    return unsaved;
  }

  /** The records of a log: the header's audit sequence number (-1 if none), in order. */
  private record Parsed(long base, Map<String, Incident> newest, List<AuditEntry> entries) {}

  private static Recovered replay(Path file, IncidentStore incidents, AuditLog audit) {
    Parsed parsed = parse(file);
    if (parsed.base() < 0 && !parsed.entries().isEmpty()) {
      throw new IllegalStateException(
          "write-ahead log " + file + ": audit entries without the header line 'S <seq>'");
    }
    List<Incident> unsaved = unsaved(parsed, incidents);
    unsaved.forEach(incidents::save);
    int appended = 0;
    List<AuditEntry> entries = parsed.entries();
    for (int k = 0; k < entries.size(); k++) {
      if (audit.lastSeq() >= parsed.base() + k + 1) {
        continue; // the journal appended it before the crash
      }
      AuditEntry e = entries.get(k);
      audit.append(e.at(), e.actor(), e.action(), e.subject(), e.details());
      appended++;
    }
    return new Recovered(unsaved.size(), appended);
  }

  private static Parsed parse(Path file) {
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return new Parsed(-1, Map.of(), List.of());
    } catch (IOException e) {
      throw new UncheckedIOException("write-ahead log " + file + ": cannot read", e);
    }
    JSON json = HealJson.json();
    long base = -1;
    Map<String, Incident> newest = new LinkedHashMap<>();
    List<AuditEntry> entries = new ArrayList<>();
    String[] lines = content.substring(0, content.lastIndexOf('\n') + 1).split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        continue;
      }
      try {
        String body = line.substring(2);
        switch (line.substring(0, 2)) {
          case "S " -> base = Long.parseLong(body);
          case "I " -> {
            Incident incident = json.beanFrom(Incident.class, body);
            newest.put(incident.id(), incident);
          }
          case "A " -> entries.add(json.beanFrom(AuditEntry.class, body));
          default -> throw new IOException("unknown record type '" + line.charAt(0) + "'");
        }
      } catch (IOException | RuntimeException e) {
        throw new IllegalStateException(
            "write-ahead log "
                + file
                + ": line "
                + (i + 1)
                + " is not a record ("
                + e.getMessage()
                + "), found: "
                + abbreviate(line),
            e);
      }
    }
    return new Parsed(base, newest, entries);
  }

  private static String abbreviate(String line) {
    return line.length() <= 80 ? line : line.substring(0, 80) + "...";
  }
}
