package io.heal.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A config file could not be read or is not valid. Carries every error found, not just the first,
 * so a user can fix them all in one go; the message lists them one per line.
 */
public final class ConfigInvalidException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<ConfigError> errors;

  /**
   * @param errors at least one error
   */
  public ConfigInvalidException(List<ConfigError> errors) {
    super(message(errors));
    this.errors = List.copyOf(errors);
  }

  /** Every error found, in the order found (mostly the order of the file). */
  public List<ConfigError> errors() {
    return errors;
  }

  private static String message(List<ConfigError> errors) {
    if (errors == null || errors.isEmpty()) {
      throw new IllegalArgumentException("errors must not be empty, found " + errors);
    }
    String count = errors.size() == 1 ? "1 error" : errors.size() + " errors";
    return "invalid config, "
        + count
        + ":\n"
        + errors.stream().map(ConfigError::toString).collect(Collectors.joining("\n"));
  }
}
