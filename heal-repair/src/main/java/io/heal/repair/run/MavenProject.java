package io.heal.repair.run;

import java.nio.file.Path;
import java.util.List;

/**
 * A compiled Maven project, as the repair engine needs it.
 *
 * @param root the project directory (holds pom.xml)
 * @param classpath the test class path: dependency jars only, without the project's own classes
 * @param framework the test framework found on the class path
 */
public record MavenProject(Path root, List<Path> classpath, TestFramework framework) {

  /** Copies the class path. */
  public MavenProject {
    classpath = List.copyOf(classpath);
  }

  /** Returns {@code src/main/java}. */
  public Path mainSources() {
    return root.resolve("src/main/java");
  }

  /** Returns {@code src/test/java}. */
  public Path testSources() {
    return root.resolve("src/test/java");
  }

  /** Returns {@code target/classes}. */
  public Path classes() {
    return root.resolve("target/classes");
  }

  /** Returns {@code target/test-classes}. */
  public Path testClasses() {
    return root.resolve("target/test-classes");
  }
}
