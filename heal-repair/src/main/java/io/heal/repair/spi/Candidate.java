package io.heal.repair.spi;

import java.util.Set;

/**
 * A candidate patch: one source file's new text.
 *
 * @param file the source path relative to {@code src/main/java}
 * @param patchedSource the whole file after the edit
 * @param generator the generator that made it
 * @param template the template (or model) that made it
 * @param description what the edit does
 * @param line the line it edits
 * @param flags risk flags
 */
public record Candidate(
    String file,
    String patchedSource,
    String generator,
    String template,
    String description,
    int line,
    Set<RiskFlag> flags) {

  /** Copies the flags. */
  public Candidate {
    flags = Set.copyOf(flags);
  }
}
