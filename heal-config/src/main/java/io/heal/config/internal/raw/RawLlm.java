package io.heal.config.internal.raw;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The {@code repair.llm} section as written. */
public record RawLlm(
    String path,
    Optional<String> endpoint,
    Optional<String> model,
    Optional<String> apiKeyEnv,
    Optional<Duration> timeout,
    Optional<Integer> choices) {

  static final List<String> KEYS =
      List.of("endpoint", "model", "api_key_env", "timeout", "choices");

  static RawLlm read(Section section) {
    section.rejectUnknownKeys(KEYS);
    return new RawLlm(
        section.path(),
        section.string("endpoint"),
        section.string("model"),
        section.string("api_key_env"),
        section.duration("timeout"),
        section.integer("choices"));
  }
}
