package io.heal.config.internal;

import io.heal.config.ConfigError;
import io.heal.config.ConfigInvalidException;
import io.heal.config.internal.raw.RawConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gathers config errors. Keeps one error per path: once a value is known to be wrong (say, not a
 * duration), a later rule about the same value (say, "required") would only repeat it. Lists them
 * grouped as the file is (the file as a whole, data_dir, control, then each service in order) and
 * in the order found within a group, so that stage-one and stage-two errors about one service stand
 * together. Not thread-safe: one per load.
 */
public final class ErrorCollector {

  private static final Pattern SERVICE_INDEX = Pattern.compile("services\\[(\\d+)\\].*");
  private static final List<String> TOP_LEVEL = RawConfig.KEYS;

  /** Orders by top-level key as declared (unknown keys first), then by service index. */
  private static final Comparator<ConfigError> FILE_ORDER =
      Comparator.comparingInt((ConfigError e) -> topLevelRank(e.path()))
          .thenComparingInt(e -> serviceIndex(e.path()));

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

  /** The errors so far, grouped as the file is. */
  public List<ConfigError> errors() {
    return errors.stream().sorted(FILE_ORDER).toList();
  }

  /** Throws a {@link ConfigInvalidException} with every error, if there is any. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new ConfigInvalidException(errors());
    }
  }

  private static int topLevelRank(String path) {
    for (int i = 0; i < TOP_LEVEL.size(); i++) {
      if (path.startsWith(TOP_LEVEL.get(i))) {
        return i + 1;
      }
    }
    return 0;
  }

  private static int serviceIndex(String path) {
    Matcher index = SERVICE_INDEX.matcher(path);
    return index.matches() ? Integer.parseInt(index.group(1)) : -1;
  }
}
