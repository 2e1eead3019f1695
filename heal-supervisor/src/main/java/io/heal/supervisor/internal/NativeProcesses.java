package io.heal.supervisor.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

/**
 * Child processes without a JDK reaper thread each: {@code posix_spawn} to start them, one pidfd
 * thread to wait for all of them, {@code kill(2)} to signal them. Needs the JVM flags {@link
 * #JVM_FLAGS} (the {@code ./heal run} launcher passes them); without them, or off Linux, {@link
 * #get()} is empty and callers use the JDK's process API. Thread-safe.
 */
public final class NativeProcesses {

  private static final Logger LOG = Logger.getLogger(NativeProcesses.class.getName());

  /** The JVM flags that make the foreign-function API available to Heal. */
  public static final String JVM_FLAGS =
      "--add-modules=jdk.incubator.foreign --enable-native-access=ALL-UNNAMED";

  private static final Loaded LOADED = load();

  private final PidfdReaper reaper;

  private record Loaded(NativeProcesses instance, String why) {}

  private NativeProcesses(PidfdReaper reaper) {
    this.reaper = reaper;
  }

  /** The native process calls, when this JVM can make them. */
  public static Optional<NativeProcesses> get() {
    return Optional.ofNullable(LOADED.instance());
  }

  /** Why {@link #get()} is empty, or how children are handled when it is not. */
  public static String describe() {
    return LOADED.why();
  }

  private static Loaded load() {
    if (!ForeignApi.enabled()) {
      return new Loaded(
          null, "jdk.incubator.foreign is not enabled (JVM flags: " + JVM_FLAGS + ")");
    }
    try {
      PidfdReaper.checkPidfd((int) ProcessHandle.current().pid());
      NativeProcesses n = new NativeProcesses(new PidfdReaper());
      return new Loaded(n, "posix_spawn, and one pidfd thread waits for every child");
    } catch (LinkageError | RuntimeException | IOException e) {
      String why = e.getCause() != null ? e + " (" + e.getCause() + ")" : e.toString();
      LOG.fine("native process calls unavailable: " + why);
      return new Loaded(null, "native process calls unavailable: " + why);
    }
  }

  /**
   * Starts {@code program} (an absolute path) in a new session with {@code argv}, {@code env} as
   * its whole environment, output appended to {@code log}; returns its pid.
   */
  public int spawn(String program, List<String> argv, Path dir, Map<String, String> env, Path log)
      throws IOException {
    return PosixSpawn.spawn(program, argv, dir, env, log);
  }

  /** Completes with the child's exit status (code, or 128 + signal) when it exits. */
  public CompletableFuture<Integer> watch(int pid) throws IOException {
    return reaper.watch(pid);
  }

  /** {@code kill(target, signal)}; false when the target does not exist (ESRCH). */
  public boolean kill(long target, int signal) {
    try {
      int rc = (int) LibC.KILL.invokeExact((int) target, signal);
      if (rc == 0) {
        return true;
      }
      int errno = LibC.errno();
      if (errno == LibC.ESRCH) {
        return false;
      }
      throw new IllegalStateException(
          "kill(" + target + ", " + signal + "): " + LibC.describe(errno));
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw LibC.failed("kill", t);
    }
  }
}
