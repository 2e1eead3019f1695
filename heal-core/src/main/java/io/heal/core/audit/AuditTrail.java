package io.heal.core.audit;

/**
 * Where audited acts go. {@link #append} returns once the entry is durable. Implementations are
 * thread-safe and never throw into the engine: a failure to write is reported by the
 * implementation.
 */
public interface AuditTrail {

  void append(AuditEntry entry);

  /** An audit trail that keeps nothing, for tools that audit nothing. */
  static AuditTrail none() {
    return entry -> {};
  }
}
