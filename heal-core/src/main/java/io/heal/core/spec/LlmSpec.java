package io.heal.core.spec;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * An OpenAI-compatible chat endpoint that code repair may ask for candidate patches.
 *
 * @param endpoint the API base, e.g. {@code http://127.0.0.1:8080/v1}
 * @param model the model name sent with each request
 * @param apiKeyEnv the environment variable holding the bearer token (the key itself never goes
 *     into a config file)
 * @param timeout how long one request may take
 * @param choices how many completions to ask for per request
 */
public record LlmSpec(URI endpoint, String model, String apiKeyEnv, Duration timeout, int choices) {

  /** The environment variable read for the API key when the config names none. */
  public static final String DEFAULT_API_KEY_ENV = "HEAL_LLM_API_KEY";

  /** The model name sent when the config names none. */
  public static final String DEFAULT_MODEL = "default";

  /** How long one request may take when the config does not say. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  /** Completions asked for per request when the config does not say. */
  public static final int DEFAULT_CHOICES = 3;

  public LlmSpec {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(apiKeyEnv, "apiKeyEnv");
    Objects.requireNonNull(timeout, "timeout");
  }
}
