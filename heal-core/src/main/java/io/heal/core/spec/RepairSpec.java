package io.heal.core.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * How {@code heal fix} repairs code, beyond its command-line flags.
 *
 * @param llm the language-model patch generator; empty (the default) keeps repair offline
 */
public record RepairSpec(Optional<LlmSpec> llm) {

  public RepairSpec {
    Objects.requireNonNull(llm, "llm");
  }

  /** No language model: templates only. */
  public static RepairSpec offline() {
    return new RepairSpec(Optional.empty());
  }
}
