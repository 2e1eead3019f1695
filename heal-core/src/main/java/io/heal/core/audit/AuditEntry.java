package io.heal.core.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One audited act.
 *
 * @param actor who acted: {@code heal} or {@code operator}
 * @param action what was done: {@code restart}, {@code rollback}, {@code escalate}, {@code deploy}
 * @param subject what it was done to: a service name
 * @param details inputs, reason and alternatives, as name/value pairs
 */
public record AuditEntry(
    Instant at, String actor, String action, String subject, Map<String, String> details) {

  public AuditEntry {
    details = Map.copyOf(details);
  }
}
