package io.heal.supervisor;

import io.heal.supervisor.internal.Signals;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One file per running child, {@code <dir>/<service>.pid}, holding its pid and start time. If Heal
 * itself is killed with SIGKILL its children live on (each leads its own process group); the next
 * Heal reaps them from these files before starting anything, so no orphan holds a port. The start
 * time guards against a recycled pid.
 */
public final class PidFiles {

  private static final Logger LOG = Logger.getLogger("heal.supervisor");

  private final Path dir;

  public PidFiles(Path dir) {
    this.dir = dir;
  }

  /**
   * Records a started child, with the time Heal started it (the kernel's start time, which reaping
   * compares it with, is within milliseconds of it; asking the kernel costs 0.35 ms a spawn, on the
   * engine loop). A failure to write is logged, never thrown.
   */
  public void write(ChildProcess child) {
    try {
      Files.createDirectories(dir);
      Files.writeString(
          dir.resolve(child.service() + ".pid"),
          child.pid() + " " + child.startedAt().toEpochMilli() + "\n");
    } catch (IOException e) {
      LOG.warning("cannot write pid file of " + child.service() + ": " + e);
    }
  }

  /** Forgets a child that has exited. */
  public void remove(String service) {
    try {
      Files.deleteIfExists(dir.resolve(service + ".pid"));
    } catch (IOException e) {
      LOG.warning("cannot remove pid file of " + service + ": " + e);
    }
  }

  /**
   * Kills the process group of every child a previous Heal left running, and removes the files.
   *
   * @return the pids killed
   */
  public List<Long> reapLeftovers() {
    List<Long> killed = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return killed;
    }
    Signals signals = new Signals();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.pid")) {
      for (Path f : files) {
        String[] parts = Files.readString(f).trim().split(" ");
        long pid = Long.parseLong(parts[0]);
        long startMillis = parts.length > 1 ? Long.parseLong(parts[1]) : 0;
        Optional<ProcessHandle> h = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        boolean same =
            h.flatMap(p -> p.info().startInstant())
                .map(i -> startMillis == 0 || Math.abs(i.toEpochMilli() - startMillis) < 1000)
                .orElse(false);
        if (same) {
          signals.sendQuietly(-pid, "KILL");
          signals.sendQuietly(pid, "KILL");
          killed.add(pid);
          LOG.warning(
              "killed leftover " + f.getFileName() + " (pid " + pid + ") of an earlier Heal");
        }
        Files.deleteIfExists(f);
      }
    } catch (IOException | NumberFormatException e) {
      LOG.warning("cannot read pid files in " + dir + ": " + e);
    }
    return killed;
  }
}
