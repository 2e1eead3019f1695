package io.heal.store;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The outcome of checking an audit log's hash chain.
 *
 * @param records how many lines were checked intact before the first problem (all of them if
 *     intact)
 * @param brokenLine the 1-based line number of the first problem, if any
 * @param problem what is wrong there, in words, if anything
 */
public record AuditVerification(int records, OptionalInt brokenLine, Optional<String> problem) {

  /** An intact log of {@code records} lines. */
  public static AuditVerification intact(int records) {
    return new AuditVerification(records, OptionalInt.empty(), Optional.empty());
  }

  /** A log broken at {@code line} (1-based) for {@code problem}. */
  public static AuditVerification broken(int line, String problem) {
    return new AuditVerification(line - 1, OptionalInt.of(line), Optional.of(problem));
  }

  /** Whether every line checked out. */
  public boolean isIntact() {
    return brokenLine.isEmpty();
  }

  @Override
  public String toString() {
    return isIntact()
        ? "audit log intact: " + records + " records"
        : "audit log broken at line " + brokenLine.getAsInt() + ": " + problem.orElseThrow();
  }
}
