package io.heal.core.incident;

import java.util.List;
import java.util.Optional;

/**
 * Durable incidents. {@link #save} returns only once the incident would survive a crash of Heal;
 * saving an incident with a known id replaces it. Implementations are thread-safe and never leave a
 * torn record behind.
 */
public interface IncidentStore {

  /** Writes or replaces the incident durably. */
  void save(Incident incident);

  /** The incident with this id. */
  Optional<Incident> find(String id);

  /** Every incident, oldest first. */
  List<Incident> list();
}
