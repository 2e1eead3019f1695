package io.heal.core.incident;

import io.heal.core.audit.AuditEntry;

/**
 * Where the engine keeps each record it has accepted before the stores have it durably: the engine
 * hands every incident snapshot and audit entry here first, on its own thread, and its writer saves
 * them after. Kept records survive a crash of Heal itself; {@link #settled} says which the stores
 * now hold. Implementations are thread-safe and never throw into the engine.
 */
public interface WriteAhead {

  /** Keeps a snapshot the writer will save; returns once a crash of Heal can no longer lose it. */
  void incident(Incident snapshot);

  /** Keeps an audit entry the writer will append; as {@link #incident}. */
  void audit(AuditEntry entry);

  /**
   * The writer has handled the first {@code count} records ever kept here (saved them, or skipped a
   * snapshot a newer one replaces); if no more were kept, they may be forgotten.
   */
  void settled(long count);

  /** Keeps nothing: for engines whose stores are not files (tests, benchmarks). */
  static WriteAhead none() {
    return new WriteAhead() {
      @Override
      public void incident(Incident snapshot) {}

      @Override
      public void audit(AuditEntry entry) {}

      @Override
      public void settled(long count) {}
    };
  }
}
