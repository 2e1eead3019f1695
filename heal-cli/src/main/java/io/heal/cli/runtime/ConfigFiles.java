package io.heal.cli.runtime;

import io.heal.config.ConfigError;
import io.heal.config.ConfigInvalidException;
import io.heal.config.HealConfigLoader;
import io.heal.core.spec.HealSpec;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/** Loads a config file for a command, printing every error when it is missing or invalid. */
public final class ConfigFiles {

  private ConfigFiles() {}

  /**
   * The validated config, or empty after printing {@code FILE: N errors<suffix>} and each error (or
   * that the file is missing) to {@code err}.
   */
  static Optional<HealSpec> load(Path config, PrintWriter err, String suffix) {
    return load(config, err, suffix, HealConfigLoader::load);
  }

  /** Like {@link #load(Path, PrintWriter, String)}, reading the file with {@code loader}. */
  public static <T> Optional<T> load(
      Path config, PrintWriter err, String suffix, Function<Path, T> loader) {
    try {
      if (!Files.isRegularFile(config)) {
        String why = Files.exists(config) ? "not a regular file" : "no such file";
        err.println(config + ": " + why + " (give the config file with -c FILE)");
        return Optional.empty();
      }
      return Optional.of(loader.apply(config));
    } catch (ConfigInvalidException e) {
      int n = e.errors().size();
      err.println(config + ": " + n + " error" + (n == 1 ? "" : "s") + suffix);
      for (ConfigError error : e.errors()) {
        err.println("  " + error);
      }
      return Optional.empty();
    } finally {
      err.flush();
    }
  }
}
