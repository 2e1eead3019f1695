package io.heal.daemon;

import java.time.Instant;
import java.util.Optional;

/**
 * Something the engine did or saw, in words, for live output (the demo, logs).
 *
 * @param type what kind of event
 * @param message one line for a person
 * @param incidentId the incident it belongs to, if any
 */
public record EngineEvent(
    Instant at, String service, Type type, String message, Optional<String> incidentId) {

  /** Event kinds. */
  public enum Type {
    STARTED,
    READY,
    DETECTED,
    DECIDED,
    ACTION,
    RECOVERED,
    ESCALATED,
    PROMOTED,
    STOPPED,
    NOTE
  }
}
