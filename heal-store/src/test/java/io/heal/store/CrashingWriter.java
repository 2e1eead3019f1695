package io.heal.store;

import io.heal.core.incident.Incident;
import io.heal.core.time.HealClock;
import java.nio.file.Path;
import java.util.Map;

/**
 * Child process for the crash tests: writes in a loop until it is killed, printing a line only
 * after the write returned. Arguments: {@code incidents DIR} saves incidents to a {@link
 * JsonFileIncidentStore}; {@code audit DIR} appends to an {@link AuditLog}.
 */
public final class CrashingWriter {

  private CrashingWriter() {}

  public static void main(String[] args) {
    Path dir = Path.of(args[1]);
    if (args[0].equals("audit")) {
      AuditLog log = AuditLog.open(dir, HealClock.system());
      while (true) {
        AuditRecord record = log.append("heal", "restart", "api", details());
        acknowledge(String.valueOf(record.seq()));
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

  static Map<String, String> details() {
    return Map.of("reason", "x".repeat(2_000), "attempt", "1");
  }

  private static void acknowledge(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
