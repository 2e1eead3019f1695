package io.heal.core.incident;

/** A step in an incident's timeline. */
public enum Step {
  DETECTED,
  REMEDY_CHOSEN,
  REMEDY_STARTED,
  REMEDY_FINISHED,
  VERIFIED_HEALTHY,
  RESOLVED,
  ESCALATED,
  NOTE
}
