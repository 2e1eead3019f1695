package io.heal.core.incident;

/** What kind of failure opened an incident. */
public enum IncidentKind {
  /** The process exited on its own. */
  CRASH,
  /** Probes failed past their threshold while the process ran. */
  UNHEALTHY,
  /** Probes timed out past their threshold: the process is alive but not answering. */
  HANG,
  /** The service did not become ready within its startup period. */
  FAILED_START,
  /** A newly deployed release failed within its promotion period. */
  BAD_RELEASE,
  /** A metric or log signal left its baseline. */
  ANOMALY
}
