package io.heal.daemon;

import io.heal.core.incident.Incident;
import io.heal.core.incident.IncidentStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An incident store in memory, for engine tests that are not about storage. */
final class MemoryIncidentStore implements IncidentStore {

  private final Map<String, Incident> byId = new LinkedHashMap<>();

  @Override
  public synchronized void save(Incident incident) {
    byId.put(incident.id(), incident);
  }

  @Override
  public synchronized Optional<Incident> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized List<Incident> list() {
    return new ArrayList<>(byId.values());
  }
}
