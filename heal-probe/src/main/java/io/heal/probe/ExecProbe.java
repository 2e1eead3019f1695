package io.heal.probe;

import io.heal.core.probe.Probe;
import io.heal.core.signal.ProbeResult;
import io.heal.core.spec.ProbeTarget;
import io.heal.core.time.HealClock;
import io.heal.probe.internal.CheckRun;
import io.heal.probe.internal.Failures;
import io.heal.probe.internal.ProbeBasis;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * Runs a command without a shell and passes when it exits 0. Output (stdout and stderr together)
 * goes to a temporary file rather than a pipe, so no thread has to drain it and a chatty command
 * cannot block; the exit is awaited with {@link Process#onExit()}. On timeout the process and its
 * descendants are killed. Details read {@code exit 0}, {@code exit 1: <first line of output>},
 * {@code timed out after 1s}. Thread-safe; checks may overlap.
 */
public final class ExecProbe implements Probe {

  /** Longest first line of output kept in a detail. */
  public static final int DEFAULT_MAX_DETAIL_CHARS = 200;

  private final ProbeBasis basis;
  private final ProbeTarget.Exec target;

  /** Builds a probe; see {@link Probes#create} for the argument checks. */
  public ExecProbe(
      String service,
      String name,
      ProbeTarget.Exec target,
      Duration timeout,
      HealClock clock,
      ProbeResources resources) {
    this.basis = new ProbeBasis(service, name, timeout, clock, resources);
    this.target = Objects.requireNonNull(target, "target");
  }

  @Override
  public String name() {
    return basis.name();
  }

  @Override
  public CompletionStage<ProbeResult> check() {
    Path output;
    try {
      output = Files.createTempFile("heal-probe-", ".out");
    } catch (IOException | RuntimeException e) {
      return basis.start(() -> {}).failWith("cannot create output file: " + Failures.describe(e));
    }
    Process[] started = new Process[1];
    CheckRun run =
        basis.start(
            () -> {
              synchronized (started) {
                if (started[0] != null) {
                  kill(started[0]);
                }
              }
            });
    try {
      Process process =
          new ProcessBuilder(target.command())
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      synchronized (started) {
        started[0] = process;
      }
      if (run.isDone()) {
        kill(process);
      }
      process.onExit().whenComplete((exited, error) -> judge(run, process, output));
    } catch (IOException | RuntimeException e) {
      delete(output);
      run.fail("cannot start " + target.command().get(0) + ": " + Failures.describe(e));
    }
    return run.result();
  }

  private static void judge(CheckRun run, Process process, Path output) {
    try {
      if (run.isDone()) {
        return;
      }
      int code = process.exitValue();
      String firstLine = firstLine(output);
      if (code == 0) {
        run.pass("exit 0");
      } else {
        run.fail(firstLine.isEmpty() ? "exit " + code : "exit " + code + ": " + firstLine);
      }
    } catch (RuntimeException e) {
      run.fail(Failures.describe(e));
    } finally {
      delete(output);
    }
  }

  private static String firstLine(Path output) {
    try (BufferedReader reader = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
      String line = reader.readLine();
      if (line == null) {
        return "";
      }
      line = line.strip();
      return line.length() > DEFAULT_MAX_DETAIL_CHARS
          ? line.substring(0, DEFAULT_MAX_DETAIL_CHARS)
          : line;
    } catch (IOException e) {
      return "";
    }
  }

  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private static void delete(Path output) {
    try {
      Files.deleteIfExists(output);
    } catch (IOException e) {
      // a leftover temp file is harmless; the check's verdict matters more
    }
  }
}
