package io.heal.store;

import io.heal.core.audit.AuditEntry;
import io.heal.core.incident.Incident;
import io.heal.core.time.HealClock;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Child process for the crash tests: writes in a loop until it is killed, appending a line to the
 * acknowledgement file only after the write returned. Arguments: {@code incidents DIR ACKS} saves
 * incidents to a {@link JsonFileIncidentStore}; {@code audit DIR ACKS} appends to an {@link
 * AuditLog}; {@code journal DIR ACKS} keeps an incident and an audit entry at a time in a {@link
 * WriteAheadLog} whose writer never gets to them (as if the disk stalled).
 *
 * <p>Acknowledgements go to a file, not to standard output: one {@code write(2)} per line lands in
 * the page cache and survives the kill, whereas a pipe's unread bytes at the moment of SIGKILL have
 * been seen to go missing on a loaded CI machine.
 */
public final class CrashingWriter {

  private CrashingWriter() {}

  private static FileOutputStream acks;

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[1]);
    acks = new FileOutputStream(args[2], true);
    if (args[0].equals("audit")) {
      AuditLog log = AuditLog.open(dir, HealClock.system());
      while (true) {
        AuditRecord record = log.append("heal", "restart", "api", details());
        acknowledge(String.valueOf(record.seq()));
      }
    }
    if (args[0].equals("journal")) {
      AuditLog log = AuditLog.open(dir, HealClock.system());
      JsonFileIncidentStore store = JsonFileIncidentStore.inDataDir(dir, bad -> {});
      WriteAheadLog journal = WriteAheadLog.openRecovering(dir, store, log);
      for (int i = 0; ; i++) {
        String id = idOf(i);
        journal.incident(expected(id, i));
        journal.audit(auditEntry(i));
        acknowledge(id);
      }
    }
    JsonFileIncidentStore store = new JsonFileIncidentStore(dir);
    for (int i = 0; ; i++) {
      String id = idOf(i);
      store.save(expected(id, i));
      acknowledge(id);
    }
  }

  static String idOf(int i) {
    return String.format("crash-%06d", i);
  }

  static Incident expected(String id, int i) {
    return SampleIncidents.resolvedCrash(id, SampleIncidents.ONSET.plusMillis(i), 200);
  }

  static AuditEntry auditEntry(int i) {
    return new AuditEntry(
        SampleIncidents.ONSET.plusMillis(i), "heal", "restart", idOf(i), Map.of("attempt", "1"));
  }

  static Map<String, String> details() {
    return Map.of("reason", "x".repeat(2_000), "attempt", "1");
  }

  private static void acknowledge(String line) {
    try {
      acks.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the acknowledgement " + line, e);
    }
  }
}
