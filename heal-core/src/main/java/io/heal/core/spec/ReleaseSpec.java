package io.heal.core.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One release of a service.
 *
 * @param version the release's name, such as {@code v1}
 * @param command argv of the process; never run through a shell
 * @param artifactDir the release's files, exported to the child as {@code HEAL_RELEASE_DIR}; empty
 *     when none is declared
 */
public record ReleaseSpec(String version, List<String> command, Optional<Path> artifactDir) {

  public ReleaseSpec {
    command = List.copyOf(command);
  }
}
