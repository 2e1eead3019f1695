package io.heal.repair;

import io.heal.repair.run.BuildOutcome;
import io.heal.repair.run.MavenProject;
import io.heal.repair.run.ProjectBuilder;
import io.heal.repair.run.TestFramework;
import io.heal.repair.validate.CompileResult;
import io.heal.repair.validate.InMemoryCompiler;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A small Maven-layout project written into a directory and compiled in memory against the JUnit
 * jars of this test JVM, so engine tests need no Maven run.
 */
final class TinyProject implements ProjectBuilder {

  static List<Path> junitJars() {
    List<Path> jars = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (name.startsWith("junit")
          || name.startsWith("opentest4j")
          || name.startsWith("apiguardian")
          || name.startsWith("hamcrest")) {
        jars.add(Path.of(entry));
      }
    }
    return jars;
  }

  static void write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** Compiles src/main/java and src/test/java into target/, like Maven's compile phases. */
  static MavenProject compile(Path root, TestFramework framework) throws IOException {
    List<Path> jars = junitJars();
    compileTree(root.resolve("src/main/java"), root.resolve("target/classes"), jars);
    List<Path> testCp = new ArrayList<>(jars);
    testCp.add(root.resolve("target/classes"));
    compileTree(root.resolve("src/test/java"), root.resolve("target/test-classes"), testCp);
    return new MavenProject(root, jars, framework);
  }

  private static void compileTree(Path src, Path out, List<Path> cp) throws IOException {
    Map<String, String> sources = new HashMap<>();
    try (Stream<Path> walk = Files.walk(src)) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
        String rel = src.relativize(p).toString();
        sources.put(rel.substring(0, rel.length() - 5).replace('/', '.'), Files.readString(p));
      }
    }
    try (InMemoryCompiler compiler = new InMemoryCompiler(cp)) {
      CompileResult r = compiler.compile(sources);
      if (!r.ok()) {
        throw new IllegalStateException("tiny project does not compile: " + r.errors());
      }
      Files.createDirectories(out);
      InMemoryCompiler.write(r.classes(), out);
    }
  }

  @Override
  public BuildOutcome test(Path root) throws IOException {
    return new BuildOutcome(
        compile(root, TestFramework.PLATFORM), List.of(), List.of(), "", Duration.ZERO);
  }
}
