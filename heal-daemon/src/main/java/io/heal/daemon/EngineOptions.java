package io.heal.daemon;

import io.heal.core.audit.AuditTrail;
import io.heal.core.incident.IncidentStore;
import io.heal.core.incident.WriteAhead;
import io.heal.core.time.HealClock;
import io.heal.daemon.spi.Notifier;
import java.util.function.DoubleSupplier;

/**
 * The engine's collaborators.
 *
 * @param clock time
 * @param incidents where incidents are saved
 * @param audit where decisions and actions are audited
 * @param writeAhead where accepted records are kept until those two hold them
 * @param notifier who hears of escalations
 * @param probes makes each service's probes
 * @param random uniform values in [0, 1) for back-off jitter
 */
public record EngineOptions(
    HealClock clock,
    IncidentStore incidents,
    AuditTrail audit,
    WriteAhead writeAhead,
    Notifier notifier,
    ProbeFactory probes,
    DoubleSupplier random) {

  /** Options without a write-ahead log (stores that are not files: tests, benchmarks). */
  public EngineOptions(
      HealClock clock,
      IncidentStore incidents,
      AuditTrail audit,
      Notifier notifier,
      ProbeFactory probes,
      DoubleSupplier random) {
    this(clock, incidents, audit, WriteAhead.none(), notifier, probes, random);
  }
}
