package io.heal.supervisor.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Sends POSIX signals by name through {@code kill(1)}, to a pid or (negative) a process group. */
public final class Signals {

  private static final Logger LOG = Logger.getLogger(Signals.class.getName());

  /** Signal numbers on Linux, for reading exit statuses of 128 + n. */
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
          Map.entry(15, "TERM"));

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

  private int run(long target, String name) {
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
