package io.heal.daemon.internal;

import io.heal.core.time.HealClock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;

/** Incident ids that sort by time and read well: {@code 20261124-083512-417-api}. */
final class IncidentIds {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

  private final HealClock clock;
  private final Set<String> issued = new HashSet<>();

  IncidentIds(HealClock clock) {
    this.clock = clock;
  }

  synchronized String next(String service) {
    String base = FORMAT.format(clock.now()) + "-" + service;
    String id = base;
    for (int n = 2; !issued.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }
}
