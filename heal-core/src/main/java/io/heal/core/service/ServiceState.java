package io.heal.core.service;

/** Where a supervised service is in its lifecycle. */
public enum ServiceState {
  /** Not running and not meant to run. */
  STOPPED,
  /** Spawned, probes not yet passing. */
  STARTING,
  /** Running and healthy. */
  RUNNING,
  /** Waiting for its back-off delay before a restart. */
  BACKOFF,
  /** Being stopped. */
  STOPPING,
  /** Past its restart intensity limit: escalated, not restarted until a person says so. */
  FAILED
}
