package io.heal.repair.validate;

import java.util.List;
import java.util.Map;

/**
 * The outcome of compiling one or more sources in memory.
 *
 * @param classes class files by binary name, empty when it failed
 * @param errors the compiler's error messages, empty when it succeeded
 */
public record CompileResult(Map<String, byte[]> classes, List<String> errors) {

  /** Copies both. */
  public CompileResult {
    classes = Map.copyOf(classes);
    errors = List.copyOf(errors);
  }

  /** Returns whether the sources compiled. */
  public boolean ok() {
    return errors.isEmpty() && !classes.isEmpty();
  }
}
