package io.heal.config.internal.raw;

import io.heal.config.internal.ErrorCollector;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Entry point of stage one: a YAML tree to raw records, errors into the collector. */
public final class RawConfigReader {

  private RawConfigReader() {}

  /**
   * Reads {@code root}, the parsed document (null or missing for an empty file).
   *
   * @return the raw config; empty only when the document is not a map at all
   */
  public static Optional<RawConfig> read(Object root, ErrorCollector errors) {
    if (root == null) {
      return Optional.of(
          new RawConfig(Optional.empty(), Optional.empty(), List.of(), Optional.empty()));
    }
    if (!(root instanceof Map)) {
      errors.add("", "the file must be a map with the keys " + RawConfig.KEYS);
      return Optional.empty();
    }
    return Section.of(root, "", errors).map(RawConfig::read);
  }
}
