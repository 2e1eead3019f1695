package io.heal.supervisor;

import io.heal.core.time.HealClock;
import io.heal.supervisor.internal.Signals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts services as child processes, each in a process group of its own (through {@code setsid},
 * which execs the command in place, so the child's pid is the group id). Output goes straight to
 * the service's log file: no thread of Heal's copies it. Thread-safe.
 */
public final class ProcessLauncher {

  private static final Path SETSID = Path.of("/usr/bin/setsid");

  private final HealClock clock;
  private final boolean ownGroup;

  public ProcessLauncher(HealClock clock) {
    this.clock = clock;
    this.ownGroup = Files.isExecutable(SETSID);
  }

  /**
   * Starts the process.
   *
   * @throws ProcessStartException when the command cannot be started (not found, not executable)
   */
  public ChildProcess launch(LaunchSpec spec) {
    // setsid would exec a missing program and exit 127, which looks like a crash: check first
    String program = spec.command().get(0);
    if (!isRunnable(program, spec)) {
      throw new ProcessStartException(
          spec.service(),
          spec.command(),
          new java.io.FileNotFoundException(
              "program '"
                  + program
                  + "' not found or not executable"
                  + (program.contains("/") ? "" : " on PATH")));
    }
    List<String> argv = new ArrayList<>();
    if (ownGroup) {
      argv.add(SETSID.toString());
    }
    argv.addAll(spec.command());
    ProcessBuilder builder = new ProcessBuilder(argv).directory(spec.workingDir().toFile());
    builder.environment().putAll(spec.environment());
    builder.redirectErrorStream(true);
    builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    try {
      Files.createDirectories(spec.logFile().getParent());
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(spec.logFile().toFile()));
      long startNanos = clock.monotonicNanos();
      Process process = builder.start();
      return new ChildProcess(spec, process, ownGroup, startNanos, clock, new Signals());
    } catch (IOException e) {
      throw new ProcessStartException(spec.service(), spec.command(), e);
    }
  }

  private static boolean isRunnable(String program, LaunchSpec spec) {
    if (program.contains("/")) {
      return Files.isExecutable(spec.workingDir().resolve(program));
    }
    String path = spec.environment().getOrDefault("PATH", System.getenv("PATH"));
    if (path == null) {
      return true;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
