package io.heal.supervisor.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends POSIX signals by name to a pid or (negative) a process group: with {@code kill(2)} when
 * {@link NativeProcesses} is available, else through {@code kill(1)}.
 */
public final class Signals {

  private static final Logger LOG = Logger.getLogger(Signals.class.getName());

  /** Signal numbers on Linux, for reading exit statuses of 128 + n and for kill(2). */
  private static final Map<Integer, String> NAMES =
      Map.ofEntries(
          Map.entry(1, "HUP"),
          Map.entry(2, "INT"),
          Map.entry(3, "QUIT"),
          Map.entry(4, "ILL"),
          Map.entry(6, "ABRT"),
          Map.entry(7, "BUS"),
          Map.entry(8, "FPE"),
          Map.entry(9, "KILL"),
          Map.entry(10, "USR1"),
          Map.entry(11, "SEGV"),
          Map.entry(12, "USR2"),
          Map.entry(13, "PIPE"),
          Map.entry(14, "ALRM"),
          Map.entry(15, "TERM"),
          Map.entry(18, "CONT"),
          Map.entry(19, "STOP"),
          Map.entry(20, "TSTP"),
          Map.entry(28, "WINCH"));

  private final Optional<NativeProcesses> natives = NativeProcesses.get();

  private static Optional<Integer> number(String name) {
    return NAMES.entrySet().stream()
        .filter(e -> e.getValue().equals(name))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** The signal an exit status of 128 + n stands for, as the JDK reports signalled children. */
  public static Optional<String> nameOfExit(int exitCode) {
    return exitCode > 128 ? Optional.ofNullable(NAMES.get(exitCode - 128)) : Optional.empty();
  }

  /**
   * Sends the signal; throws {@link IllegalStateException} naming the target when kill(1) fails for
   * a reason other than the target being gone.
   */
  public void send(long target, String name) {
    int code = run(target, name);
    if (code != 0 && code != 1) {
      throw new IllegalStateException("kill -s " + name + " " + target + ": exit " + code);
    }
  }

  /** Sends the signal and ignores a target that no longer exists. */
  public void sendQuietly(long target, String name) {
    run(target, name);
  }

  /** 0 when sent, 1 when the target is gone, else kill(1)'s exit code or -1. */
  private int run(long target, String name) {
    Optional<Integer> number = number(name);
    if (natives.isPresent() && number.isPresent()) {
      return natives.get().kill(target, number.get()) ? 0 : 1;
    }
    List<String> argv = List.of("/usr/bin/kill", "-s", name, "--", Long.toString(target));
    try {
      Process p =
          new ProcessBuilder(argv)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return -1;
      }
      return p.exitValue();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "cannot run kill for " + target, e);
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
