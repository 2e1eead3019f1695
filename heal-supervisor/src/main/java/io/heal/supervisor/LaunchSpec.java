package io.heal.supervisor;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to start: argv (never through a shell), its working directory, extra environment, and the
 * file its stdout and stderr are appended to.
 */
public record LaunchSpec(
    String service,
    List<String> command,
    Path workingDir,
    Map<String, String> environment,
    Path logFile) {

  public LaunchSpec {
    if (command.isEmpty()) {
      throw new IllegalArgumentException("command: must not be empty, found []");
    }
    command = List.copyOf(command);
    environment = Map.copyOf(environment);
  }
}
