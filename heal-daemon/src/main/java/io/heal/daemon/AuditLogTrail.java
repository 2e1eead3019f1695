package io.heal.daemon;

import io.heal.core.audit.AuditEntry;
import io.heal.core.audit.AuditTrail;
import io.heal.store.AuditLog;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The engine's audit trail written to the hash-chained {@link AuditLog}; never throws. */
final class AuditLogTrail implements AuditTrail {

  private static final Logger LOG = Logger.getLogger("heal.audit");

  private final AuditLog log;

  AuditLogTrail(AuditLog log) {
    this.log = log;
  }

  @Override
  public void append(AuditEntry entry) {
    try {
      log.append(entry.at(), entry.actor(), entry.action(), entry.subject(), entry.details());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "cannot audit " + entry.action() + " of " + entry.subject(), e);
    }
  }
}
