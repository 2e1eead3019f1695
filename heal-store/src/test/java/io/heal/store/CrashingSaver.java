package io.heal.store;

import java.nio.file.Path;

/**
 * Child process for {@link JsonFileIncidentStoreCrashTest}: saves incidents in a loop until it is
 * killed, printing each id only after its save returned.
 */
public final class CrashingSaver {

  private CrashingSaver() {}

  /** Argument: the incident directory. */
  public static void main(String[] args) {
    JsonFileIncidentStore store = new JsonFileIncidentStore(Path.of(args[0]));
    for (int i = 0; ; i++) {
      String id = idOf(i);
      store.save(expected(id, i));
      System.out.println(id);
      System.out.flush();
    }
  }

  static String idOf(int i) {
    return String.format("crash-%06d", i);
  }

  static io.heal.core.incident.Incident expected(String id, int i) {
    return SampleIncidents.resolvedCrash(id, SampleIncidents.ONSET.plusMillis(i), 200);
  }
}
