package io.heal.supervisor;

import io.heal.core.time.HealClock;
import io.heal.supervisor.internal.NativeProcesses;
import io.heal.supervisor.internal.Signals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Starts services as child processes, each in a session and process group of its own (the child's
 * pid is the group id). Output goes straight to the service's log file: no thread of Heal's copies
 * it. With {@link NativeProcesses} (the JVM flags of {@code heal run}) children are started with
 * {@code posix_spawn} and one thread waits for all of them; otherwise through the JDK's process API
 * and {@code setsid}, with one JDK reaper thread per child. Thread-safe.
 */
public final class ProcessLauncher {

  private static final Path SETSID = Path.of("/usr/bin/setsid");
  private static final int SIGKILL = 9;

  private final HealClock clock;
  private final boolean ownGroup;
  private final Optional<NativeProcesses> natives;

  public ProcessLauncher(HealClock clock) {
    this(clock, NativeProcesses.get());
  }

  /** With {@code natives} empty, always through the JDK's process API (for tests of that path). */
  public ProcessLauncher(HealClock clock, Optional<NativeProcesses> natives) {
    this.clock = clock;
    this.natives = natives;
    this.ownGroup = natives.isPresent() || Files.isExecutable(SETSID);
  }

  /** How children are started and waited for by default in this JVM, for the start-up log. */
  public static String describeDefault() {
    return NativeProcesses.get().isPresent()
        ? NativeProcesses.describe()
        : "JDK process API, one reaper thread per child (" + NativeProcesses.describe() + ")";
  }

  /**
   * Starts the process.
   *
   * @throws ProcessStartException when the command cannot be started (not found, not executable)
   */
  public ChildProcess launch(LaunchSpec spec) {
    // setsid would exec a missing program and exit 127, which looks like a crash: check first
    if (!Files.isDirectory(spec.workingDir())) {
      throw new ProcessStartException(
          spec.service(),
          spec.command(),
          new java.io.FileNotFoundException(
              "working directory '" + spec.workingDir() + "' does not exist"));
    }
    String program = spec.command().get(0);
    Optional<Path> resolved = resolve(program, spec);
    if (resolved.isEmpty()) {
      throw new ProcessStartException(
          spec.service(),
          spec.command(),
          new java.io.FileNotFoundException(
              "program '"
                  + program
                  + "' not found or not executable"
                  + (program.contains("/") ? "" : " on PATH")));
    }
    try {
      Files.createDirectories(spec.logFile().getParent());
      return natives.isPresent()
          ? launchNative(natives.get(), spec, resolved.get())
          : launchJdk(spec);
    } catch (IOException e) {
      throw new ProcessStartException(spec.service(), spec.command(), e);
    }
  }

  private ChildProcess launchNative(NativeProcesses n, LaunchSpec spec, Path program)
      throws IOException {
    Map<String, String> env = new LinkedHashMap<>(System.getenv());
    env.putAll(spec.environment());
    long startNanos = clock.monotonicNanos();
    int pid =
        n.spawn(
            program.toString(),
            spec.command(),
            spec.workingDir().toAbsolutePath(),
            env,
            spec.logFile());
    CompletableFuture<Integer> exit;
    try {
      exit = n.watch(pid);
    } catch (IOException e) {
      n.kill(-pid, SIGKILL);
      throw e;
    }
    return new ChildProcess(spec, pid, exit, true, startNanos, clock, new Signals());
  }

  private ChildProcess launchJdk(LaunchSpec spec) throws IOException {
    List<String> argv = new ArrayList<>();
    if (ownGroup) {
      argv.add(SETSID.toString());
    }
    argv.addAll(spec.command());
    ProcessBuilder builder = new ProcessBuilder(argv).directory(spec.workingDir().toFile());
    builder.environment().putAll(spec.environment());
    builder.redirectErrorStream(true);
    builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(spec.logFile().toFile()));
    long startNanos = clock.monotonicNanos();
    Process process = builder.start();
    return new ChildProcess(
        spec,
        process.pid(),
        process.onExit().thenApply(Process::exitValue),
        ownGroup,
        startNanos,
        clock,
        new Signals());
  }

  /** The program's path: relative to the working directory, or found on the service's PATH. */
  private static Optional<Path> resolve(String program, LaunchSpec spec) {
    if (program.contains("/")) {
      Path p = spec.workingDir().resolve(program);
      return Files.isExecutable(p) ? Optional.of(p.toAbsolutePath()) : Optional.empty();
    }
    String path = spec.environment().getOrDefault("PATH", System.getenv("PATH"));
    if (path == null) {
      path = "/usr/local/bin:/usr/bin:/bin";
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return Optional.of(Path.of(dir, program).toAbsolutePath());
      }
    }
    return Optional.empty();
  }
}
