package io.heal.config.internal;

import io.heal.config.ConfigError;
import io.heal.config.ConfigInvalidException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gathers config errors in the order found. Keeps one error per path: once a value is known to be
 * wrong (say, not a duration), a later rule about the same value (say, "required") would only
 * repeat it. Not thread-safe: one per load.
 */
public final class ErrorCollector {

  private final List<ConfigError> errors = new ArrayList<>();
  private final Set<String> paths = new HashSet<>();

  /** Records an error at {@code path} unless one is already there; {@code found} may be null. */
  public void add(String path, String message, String found) {
    if (paths.add(path)) {
      errors.add(new ConfigError(path, message, found));
    }
  }

  /** Records an error with no value to show. */
  public void add(String path, String message) {
    add(path, message, null);
  }

  /** Whether an error was recorded at exactly {@code path}. */
  public boolean hasErrorAt(String path) {
    return paths.contains(path);
  }

  /** Whether nothing was recorded. */
  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /** The errors so far. */
  public List<ConfigError> errors() {
    return List.copyOf(errors);
  }

  /** Throws a {@link ConfigInvalidException} with every error, if there is any. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new ConfigInvalidException(errors);
    }
  }
}
