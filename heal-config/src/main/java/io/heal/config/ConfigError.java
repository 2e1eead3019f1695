package io.heal.config;

/**
 * One problem found in a config file.
 *
 * @param path where in the file, such as {@code services[0] (ledger).probes[1].timeout}; empty for
 *     the file as a whole
 * @param message what is wrong, such as {@code must be shorter than interval (1s)}
 * @param found the value found, as written (or normalized, for durations); {@code null} when
 *     nothing was found (a missing key) or showing it would not help (an unknown key)
 */
public record ConfigError(String path, String message, String found) {

  public ConfigError {
    if (path == null) {
      throw new IllegalArgumentException("path must not be null");
    }
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("message must not be blank, found " + message);
    }
  }

  /** An error with no value to show. */
  public static ConfigError of(String path, String message) {
    return new ConfigError(path, message, null);
  }

  /** {@code path: message, found value}, leaving out the parts that are empty. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (!path.isEmpty()) {
      text.append(path).append(": ");
    }
    text.append(message);
    if (found != null) {
      text.append(", found ").append(found);
    }
    return text.toString();
  }
}
