package io.heal.repair.validate;

import io.heal.repair.TestId;
import io.heal.repair.TestResult;
import io.heal.repair.TestStatus;
import io.heal.repair.run.MavenBuild;
import io.heal.repair.run.MavenProject;
import io.heal.repair.run.TestFramework;
import io.heal.repair.validate.internal.TestServerMain;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a project's tests in a long-lived forked JVM (see {@link TestServerMain}), restarting it
 * when a test hangs. A watchdog in this process kills the child if it stops answering. Not
 * thread-safe.
 */
public final class ForkedTestRunner implements AutoCloseable {

  /** Slack the watchdog adds to a request's own time limit. */
  public static final Duration DEFAULT_WATCHDOG_SLACK = Duration.ofSeconds(20);

  private static final String[] RUNNER_CLASSES = {
    "TestServerMain", "UnitRun", "UnitResults", "Coverage", "Junit4Run", "PlatformRun"
  };

  private final MavenProject project;
  private final List<String> command;
  private final Path log;
  private final ExecutorService reader =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "heal-test-reader");
            t.setDaemon(true);
            return t;
          });
  private Process process;
  private PrintStream toChild;
  private BufferedReader fromChild;

  /**
   * A runner for a compiled project.
   *
   * @param project the project
   * @param workDir a scratch directory for the runner's own classes
   * @param jacocoAgent the JaCoCo agent jar to attach for coverage, or null
   * @throws IOException when the runner classes cannot be written
   */
  public ForkedTestRunner(MavenProject project, Path workDir, Path jacocoAgent) throws IOException {
    this.project = project;
    this.log = workDir.resolve("test-jvm.log");
    Path runnerDir = workDir.resolve("runner");
    String pkg = TestServerMain.class.getPackageName().replace('.', '/');
    List<String> names = new ArrayList<>();
    for (String name : RUNNER_CLASSES) {
      names.add(name);
      for (int i = 1; i <= 3; i++) {
        if (TestServerMain.class.getResource(name + "$" + i + ".class") != null) {
          names.add(name + "$" + i);
        }
      }
    }
    for (String name : names) {
      try (InputStream in = TestServerMain.class.getResourceAsStream(name + ".class")) {
        if (in == null) {
          throw new IOException("runner class " + name + ": not found in Heal's jar");
        }
        Path file = runnerDir.resolve(pkg).resolve(name + ".class");
        Files.createDirectories(file.getParent());
        Files.write(file, in.readAllBytes());
      }
    }
    List<Path> cp = new ArrayList<>();
    cp.add(runnerDir);
    cp.addAll(project.classpath());
    if (project.framework() == TestFramework.PLATFORM) {
      cp.addAll(launcherJars(project));
    }
    StringBuilder cpText = new StringBuilder();
    for (Path p : cp) {
      cpText.append(cpText.length() == 0 ? "" : File.pathSeparator).append(p);
    }
    command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-XX:+UseSerialGC");
    command.add("-Xshare:auto");
    if (jacocoAgent != null) {
      command.add("-javaagent:" + jacocoAgent + "=output=none");
    }
    command.add("-cp");
    command.add(cpText.toString());
    command.add(TestServerMain.class.getName());
    command.add(project.framework() == TestFramework.JUNIT4 ? "junit4" : "platform");
    command.add(project.classes() + File.pathSeparator + project.testClasses());
  }

  private static List<Path> launcherJars(MavenProject project) throws IOException {
    Path engine = null;
    for (Path p : project.classpath()) {
      String name = p.getFileName().toString();
      if (name.startsWith("junit-platform-launcher")) {
        return List.of();
      }
      if (name.startsWith("junit-platform-engine")) {
        engine = p;
      }
    }
    if (engine == null) {
      return List.of();
    }
    String version = engine.getParent().getFileName().toString();
    Path launcher =
        engine
            .getParent()
            .getParent()
            .getParent()
            .resolve("junit-platform-launcher")
            .resolve(version)
            .resolve("junit-platform-launcher-" + version + ".jar");
    if (!Files.exists(launcher)) {
      new MavenBuild()
          .fetch(project.root(), "org.junit.platform:junit-platform-launcher:" + version);
    }
    if (!Files.exists(launcher)) {
      throw new IOException("junit-platform-launcher " + version + ": not found at " + launcher);
    }
    return List.of(launcher);
  }

  /**
   * Runs units (test classes or {@code Class#method}s); a unit that hangs is reported as TIMEOUT
   * and the remaining ones run in a fresh JVM.
   *
   * @param units test classes or methods
   * @param overlay a directory of class files that take precedence over the project's, or null
   * @param perUnitTimeout how long one unit may run
   * @param coverDir where to write per-unit JaCoCo execution data, or null
   * @param stopAtFirstFailure whether to stop at the first broken test
   * @return one result per test method that ran
   * @throws IOException when the child JVM cannot be started
   */
  public List<TestResult> run(
      List<String> units,
      Path overlay,
      Duration perUnitTimeout,
      Path coverDir,
      boolean stopAtFirstFailure)
      throws IOException {
    Map<String, TestResult> results = new LinkedHashMap<>();
    List<String> pending = new ArrayList<>(units);
    while (!pending.isEmpty()) {
      List<String> batch = stopAtFirstFailure ? List.of(pending.get(0)) : List.copyOf(pending);
      List<TestResult> got = request(batch, overlay, perUnitTimeout, coverDir);
      for (TestResult r : got) {
        results.put(r.id().toString(), r);
      }
      boolean broken = got.stream().anyMatch(r -> r.status().broken());
      if (stopAtFirstFailure && broken) {
        break;
      }
      int done = 0;
      for (String unit : batch) {
        boolean covered =
            got.stream()
                .anyMatch(
                    r ->
                        unit.contains("#")
                            ? r.id().toString().equals(unit)
                            : r.id().className().equals(unit));
        if (!covered && got.stream().anyMatch(r -> r.status() == TestStatus.TIMEOUT)) {
          break;
        }
        done++;
      }
      if (done == 0) {
        // Nothing was reported for the first unit: it cannot be run; give up on it.
        done = 1;
      }
      pending.subList(0, Math.min(done, pending.size())).clear();
    }
    return new ArrayList<>(results.values());
  }

  private List<TestResult> request(
      List<String> units, Path overlay, Duration perUnitTimeout, Path coverDir) throws IOException {
    ensureStarted();
    toChild.println(
        "RUN\t"
            + perUnitTimeout.toMillis()
            + "\t"
            + (coverDir == null ? "-" : coverDir.toString())
            + "\t"
            + (overlay == null ? "-" : overlay.toString())
            + "\t"
            + String.join(",", units));
    toChild.flush();
    Future<List<String>> lines = reader.submit(this::readUntilEnd);
    List<String> got;
    try {
      got =
          lines.get(
              perUnitTimeout.multipliedBy(units.size()).plus(DEFAULT_WATCHDOG_SLACK).toMillis(),
              TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      stop();
      lines.cancel(true);
      got = List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop();
      throw new IOException("test runner: interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      stop();
      got = List.of();
    }
    List<TestResult> results = new ArrayList<>();
    for (String line : got) {
      String[] f = line.split("\t", -1);
      if (f.length >= 6 && "R".equals(f[0])) {
        results.add(
            new TestResult(
                TestId.parse(f[1]),
                TestStatus.valueOf(f[2]),
                f[3],
                decode(f[4]),
                decode(f[5]),
                f.length > 6 ? Long.parseLong(f[6]) : -1));
      } else if (line.startsWith("END\tSTUCK")) {
        waitForExit();
      }
    }
    if (got.isEmpty() || !got.get(got.size() - 1).startsWith("END")) {
      stop();
    }
    return results;
  }

  private List<String> readUntilEnd() throws IOException {
    List<String> lines = new ArrayList<>();
    String line;
    while ((line = fromChild.readLine()) != null) {
      lines.add(line);
      if (line.startsWith("END")) {
        break;
      }
    }
    return lines;
  }

  private void ensureStarted() throws IOException {
    if (process != null && process.isAlive()) {
      return;
    }
    process =
        new ProcessBuilder(command)
            .directory(project.root().toFile())
            .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    toChild = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
    fromChild =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  private void waitForExit() {
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        stop();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop();
    }
    process = null;
  }

  private void stop() {
    if (process != null) {
      process.destroyForcibly();
      process = null;
    }
  }

  private static String decode(String b64) {
    return new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    if (process != null) {
      toChild.close();
      stop();
    }
    reader.shutdownNow();
  }
}
