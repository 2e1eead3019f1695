package io.heal.repair.run;

import java.io.IOException;
import java.nio.file.Path;

/** Compiles a project and runs its tests once, reporting what it found. */
public interface ProjectBuilder {

  /**
   * Compiles the project, runs its tests and reads the results.
   *
   * @param root the project directory
   * @return what the run found
   * @throws IOException when the build tool cannot run
   */
  BuildOutcome test(Path root) throws IOException;
}
