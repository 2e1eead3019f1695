package io.heal.store;

import io.heal.store.internal.AuditChain;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One entry of the audit trail: who did what to which subject, chained to the entry before it.
 *
 * @param seq position in the log, starting at 1
 * @param at when it was appended
 * @param actor who acted: {@code heal} for the engine, {@code cli:<user>} for a person
 * @param action what was done, such as {@code restart} or {@code rollback}
 * @param subject what it was done to, such as a service or incident id
 * @param details short name/value facts, kept sorted by name
 * @param prev the previous record's hash ({@link #GENESIS} for the first record)
 * @param hash SHA-256 (hex) of {@code prev} followed by {@link #canonicalJsonWithoutHash()}
 */
public record AuditRecord(
    long seq,
    Instant at,
    String actor,
    String action,
    String subject,
    Map<String, String> details,
    String prev,
    String hash) {

  /** The {@code prev} of the first record: 64 zeros. */
  public static final String GENESIS = "0".repeat(64);

  public AuditRecord {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(prev, "prev");
    Objects.requireNonNull(hash, "hash");
    details =
        Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNullElse(details, Map.of())));
  }

  /**
   * The record without its hash as compact JSON with a fixed field order and sorted details: the
   * bytes the hash covers.
   */
  public String canonicalJsonWithoutHash() {
    return AuditChain.canonicalJsonWithoutHash(this);
  }
}
