package io.heal.repair.run;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a project's tests with Maven once: its own {@code ./mvnw} when present, else {@code mvn} on
 * the PATH. Offline first ({@code -o}), online when offline resolution fails. The same run writes
 * the test class path, so later steps need no Maven.
 */
public final class MavenBuild implements ProjectBuilder {

  /** How long one Maven run may take. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

  /** How long Surefire's forked JVM may run before Surefire kills it (a test may loop forever). */
  public static final Duration DEFAULT_SUREFIRE_TIMEOUT = Duration.ofSeconds(60);

  private static final String DEPENDENCY_PLUGIN =
      "org.apache.maven.plugins:maven-dependency-plugin:3.8.1";
  private static final Pattern COMPILE_ERROR =
      Pattern.compile("\\[ERROR\\] (/\\S+\\.java):\\[(\\d+),(\\d+)\\] (.*)");

  private final Duration timeout;

  /** A build with the default timeout. */
  public MavenBuild() {
    this(DEFAULT_TIMEOUT);
  }

  /**
   * A build with a timeout.
   *
   * @param timeout how long one Maven run may take
   */
  public MavenBuild(Duration timeout) {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout: must be positive, found " + timeout);
    }
    this.timeout = timeout;
  }

  /**
   * Compiles the project, runs its tests and reads the reports.
   *
   * @param root the project directory
   * @return what the run found
   * @throws IOException when Maven cannot be started or its output read
   */
  @Override
  public BuildOutcome test(Path root) throws IOException {
    long start = System.nanoTime();
    Path cpFile = root.resolve("target/heal-classpath.txt").toAbsolutePath();
    Files.deleteIfExists(cpFile);
    List<String> goals =
        List.of(
            "-Dmaven.test.failure.ignore=true",
            "-Dsurefire.timeout=" + DEFAULT_SUREFIRE_TIMEOUT.toSeconds(),
            "-DtrimStackTrace=false",
            "-Dspotless.check.skip=true",
            "-Djacoco.skip=true",
            "-Denforcer.skip=true",
            "-Dmdep.outputFile=" + cpFile,
            "-Dmdep.includeScope=test",
            DEPENDENCY_PLUGIN + ":build-classpath",
            "test");
    String log = maven(root, goals, true);
    if (needsOnline(log)) {
      log = maven(root, goals, false);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    List<String> errors = compileErrors(log, root);
    if (!errors.isEmpty() || !Files.isDirectory(root.resolve("target/classes"))) {
      if (errors.isEmpty()) {
        errors = List.of("maven: no target/classes after the build; log tail:\n" + tail(log));
      }
      return new BuildOutcome(null, errors, List.of(), tail(log), took);
    }
    List<Path> classpath = readClasspath(cpFile);
    MavenProject project = new MavenProject(root, classpath, framework(classpath));
    return new BuildOutcome(
        project,
        List.of(),
        SurefireReports.read(root.resolve("target/surefire-reports")),
        tail(log),
        took);
  }

  /**
   * Resolves one artifact into the local repository ({@code dependency:get}).
   *
   * @param root a directory to run Maven in
   * @param coordinates {@code group:artifact:version}
   * @throws IOException when Maven cannot be started
   */
  public void fetch(Path root, String coordinates) throws IOException {
    List<String> goals = List.of("-Dartifact=" + coordinates, DEPENDENCY_PLUGIN + ":get");
    String log = maven(root, goals, true);
    if (needsOnline(log) || log.contains("BUILD FAILURE")) {
      maven(root, goals, false);
    }
  }

  static TestFramework framework(List<Path> classpath) {
    for (Path p : classpath) {
      if (p.getFileName().toString().startsWith("junit-platform-engine")) {
        return TestFramework.PLATFORM;
      }
    }
    return TestFramework.JUNIT4;
  }

  private static boolean needsOnline(String log) {
    return log.contains("offline mode")
        || log.contains("Cannot access")
        || log.contains("could not be resolved")
        || log.contains("Could not resolve");
  }

  private static List<Path> readClasspath(Path file) throws IOException {
    List<Path> paths = new ArrayList<>();
    if (Files.exists(file)) {
      for (String p : Files.readString(file).trim().split(File.pathSeparator)) {
        if (!p.isBlank()) {
          paths.add(Path.of(p.trim()));
        }
      }
    }
    return paths;
  }

  static List<String> compileErrors(String log, Path root) {
    List<String> errors = new ArrayList<>();
    Matcher m = COMPILE_ERROR.matcher(log);
    while (m.find()) {
      String file = m.group(1);
      String shown =
          file.startsWith(root.toAbsolutePath().toString())
              ? root.toAbsolutePath().relativize(Path.of(file)).toString()
              : file;
      String error = shown + ":[" + m.group(2) + "," + m.group(3) + "] " + m.group(4);
      if (!errors.contains(error)) {
        errors.add(error);
      }
    }
    return errors;
  }

  private String maven(Path root, List<String> args, boolean offline) throws IOException {
    List<String> cmd = new ArrayList<>(Arrays.asList(executable(root), "-B", "-ntp"));
    if (offline) {
      cmd.add("-o");
    }
    cmd.addAll(args);
    Path log = Files.createTempFile("heal-maven", ".log");
    try {
      Process p =
          new ProcessBuilder(cmd)
              .directory(root.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        throw new IOException("maven: did not finish within " + timeout + " in " + root);
      }
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("maven: interrupted", e);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static String executable(Path root) {
    Path wrapper = root.resolve("mvnw");
    if (Files.isExecutable(wrapper)) {
      return wrapper.toAbsolutePath().toString();
    }
    return "mvn";
  }

  private static String tail(String log) {
    String[] lines = log.split("\n");
    return String.join(
        "\n", Arrays.asList(lines).subList(Math.max(0, lines.length - 40), lines.length));
  }
}
