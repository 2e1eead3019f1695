package io.heal.config.internal.spec;

import io.heal.config.internal.Found;
import io.heal.config.internal.raw.RawLlm;
import io.heal.config.internal.raw.RawRepair;
import io.heal.core.spec.LlmSpec;
import io.heal.core.spec.RepairSpec;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/** The {@code repair} section to a {@link RepairSpec}; absent means offline. */
public final class RepairBuilder {

  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Rules rules;

  RepairBuilder(Rules rules) {
    this.rules = rules;
  }

  RepairSpec build(Optional<RawRepair> raw) {
    return new RepairSpec(raw.flatMap(RawRepair::llm).flatMap(this::llm));
  }

  private Optional<LlmSpec> llm(RawLlm raw) {
    Optional<URI> endpoint = endpoint(raw);
    String model = raw.model().orElse(LlmSpec.DEFAULT_MODEL);
    if (model.isBlank()) {
      rules.errors().add(raw.path() + ".model", "must not be blank", Found.text(model));
    }
    String keyEnv = raw.apiKeyEnv().orElse(LlmSpec.DEFAULT_API_KEY_ENV);
    if (!ENV_NAME.matcher(keyEnv).matches()) {
      // not echoed: a value that is no variable name may well be the key itself
      rules
          .errors()
          .add(
              raw.path() + ".api_key_env",
              "must be the name of an environment variable holding the key, not the key",
              keyEnv.length() + " characters, not shown");
    }
    Duration timeout =
        rules.positive(raw.timeout(), LlmSpec.DEFAULT_TIMEOUT, raw.path() + ".timeout");
    int choices = rules.atLeast(raw.choices(), LlmSpec.DEFAULT_CHOICES, 1, raw.path() + ".choices");
    return endpoint.map(url -> new LlmSpec(url, model, keyEnv, timeout, choices));
  }

  private Optional<URI> endpoint(RawLlm raw) {
    String path = raw.path() + ".endpoint";
    if (raw.endpoint().isEmpty()) {
      rules
          .errors()
          .add(path, "is required: the OpenAI-compatible API base, e.g. http://127.0.0.1:8080/v1");
      return Optional.empty();
    }
    String text = raw.endpoint().get();
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      if (scheme != null
          && (scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    rules.errors().add(path, "must be an http:// or https:// URL with a host", Found.text(text));
    return Optional.empty();
  }
}
