package io.heal.repair.llm;

import io.heal.core.spec.LlmSpec;
import java.net.URI;
import java.time.Duration;

/**
 * Where and how to ask a language model for patches.
 *
 * @param endpoint the API base, e.g. {@code http://127.0.0.1:8080/v1} ({@code /chat/completions} is
 *     appended)
 * @param model the model name sent with each request
 * @param apiKey the bearer token, or empty for none
 * @param timeout how long one request may take
 * @param choices how many completions to ask for per request
 */
public record LlmConfig(URI endpoint, String model, String apiKey, Duration timeout, int choices) {

  /** Default request timeout. */
  public static final Duration DEFAULT_TIMEOUT = LlmSpec.DEFAULT_TIMEOUT;

  /** Default number of completions per request. */
  public static final int DEFAULT_CHOICES = LlmSpec.DEFAULT_CHOICES;

  /** Checks every field. */
  public LlmConfig {
    if (endpoint == null
        || endpoint.getScheme() == null
        || !endpoint.getScheme().startsWith("http")) {
      throw new IllegalArgumentException("endpoint: must be an http(s) URL, found " + endpoint);
    }
    if (model == null || model.isBlank()) {
      throw new IllegalArgumentException("model: must not be blank, found '" + model + "'");
    }
    apiKey = apiKey == null ? "" : apiKey;
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout: must be positive, found " + timeout);
    }
    if (choices < 1) {
      throw new IllegalArgumentException("choices: must be at least 1, found " + choices);
    }
  }
}
