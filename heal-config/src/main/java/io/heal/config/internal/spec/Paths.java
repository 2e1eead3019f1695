package io.heal.config.internal.spec;

import io.heal.config.internal.ErrorCollector;
import io.heal.config.internal.Found;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Resolves paths written in the config against the directory of the config file. */
final class Paths {

  private final Path baseDir;
  private final ErrorCollector errors;

  Paths(Path baseDir, ErrorCollector errors) {
    this.baseDir = baseDir.toAbsolutePath().normalize();
    this.errors = errors;
  }

  Path baseDir() {
    return baseDir;
  }

  /** {@code text} resolved against the base directory, normalized; the base itself if invalid. */
  Path resolve(String text, String path) {
    if (text.isBlank()) {
      errors.add(path, "must not be blank", Found.text(text));
      return baseDir;
    }
    try {
      return baseDir.resolve(text.strip()).normalize();
    } catch (InvalidPathException e) {
      errors.add(path, "must be a file path (" + e.getReason() + ")", Found.text(text));
      return baseDir;
    }
  }
}
