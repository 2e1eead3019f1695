package io.heal.repair.validate.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Results of one unit by test id, with the test that is running now (for a timeout report). */
final class UnitResults {

  private final Map<String, String[]> results = new LinkedHashMap<>();
  private final Map<String, Long> millis = new LinkedHashMap<>();
  private String current;
  private long startedAt;

  synchronized void start(String id) {
    current = id;
    startedAt = System.nanoTime();
  }

  /** When the current test started (System.nanoTime), 0 when none is running. */
  synchronized long startedAt() {
    return current == null ? 0 : startedAt;
  }

  synchronized void finish(String id, String status, Throwable failure) {
    String[] old = results.get(id);
    if (old != null && !"PASSED".equals(old[0])) {
      return;
    }
    if (failure == null) {
      results.put(id, new String[] {status, "", "", ""});
    } else {
      results.put(
          id,
          new String[] {
            status,
            failure.getClass().getName(),
            String.valueOf(failure.getMessage()),
            UnitRun.trace(failure)
          });
    }
    if (id.equals(current)) {
      millis.put(id, (System.nanoTime() - startedAt) / 1_000_000);
      current = null;
    }
  }

  /** How long a finished test ran, -1 when unknown. */
  synchronized long millis(String id) {
    return millis.getOrDefault(id, -1L);
  }

  synchronized void timeout(StackTraceElement[] stack) {
    StringBuilder trace = new StringBuilder("heal.Timeout: test did not finish\n");
    for (StackTraceElement e : stack) {
      trace.append("\tat ").append(e).append('\n');
    }
    String id = current == null ? "<unknown>#<unknown>" : current;
    results.put(
        id, new String[] {"TIMEOUT", "heal.Timeout", "test did not finish", trace.toString()});
  }

  synchronized Map<String, String[]> all() {
    return new LinkedHashMap<>(results);
  }
}
