package io.heal.core.incident;

/** Where an incident stands. */
public enum IncidentStatus {
  /** Detected, remedy under way. */
  OPEN,
  /** The service is healthy again. */
  RESOLVED,
  /** Heal gave up and handed it to a person. */
  ESCALATED
}
