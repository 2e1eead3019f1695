package io.heal.detect.proc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads {@link ProcessStats} from Linux {@code /proc/<pid>}: CPU time and threads from {@code
 * stat}, RSS from {@code status} ({@code VmRSS}), open files by counting {@code fd/}. CPU ticks are
 * taken as {@value #CLOCK_TICKS_PER_SECOND} a second (USER_HZ on every mainstream Linux). Never
 * throws: a process that is gone or unreadable yields empty. Stateless and thread-safe.
 */
public final class ProcStats {

  /** USER_HZ: the unit of the CPU times in {@code /proc/<pid>/stat}. */
  public static final long CLOCK_TICKS_PER_SECOND = 100;

  /** The default {@code /proc}. */
  public static final Path DEFAULT_PROC = Path.of("/proc");

  private ProcStats() {}

  /** Reads the process now, from {@code /proc}. */
  public static Optional<ProcessStats> read(long pid) {
    return read(DEFAULT_PROC, pid, System.nanoTime());
  }

  /** Reads the process from a {@code /proc}-layout folder, stamped with {@code nowNanos}. */
  public static Optional<ProcessStats> read(Path proc, long pid, long nowNanos) {
    Path dir = proc.resolve(Long.toString(pid));
    try {
      String stat = Files.readString(dir.resolve("stat"), StandardCharsets.US_ASCII);
      // the command name is in parentheses and may hold spaces: fields start after the last ')'
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
      // f[0] is field 3 (state): utime is field 14, stime 15, num_threads 20
      long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
      int threads = Integer.parseInt(f[17]);
      Duration cpu = Duration.ofNanos(ticks * (1_000_000_000L / CLOCK_TICKS_PER_SECOND));
      return Optional.of(
          new ProcessStats(pid, cpu, rssBytes(dir), threads, openFiles(dir), nowNanos));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static long rssBytes(Path dir) throws IOException {
    for (String line : Files.readAllLines(dir.resolve("status"), StandardCharsets.US_ASCII)) {
      if (line.startsWith("VmRSS:")) {
        String[] p = line.substring(6).trim().split("\\s+");
        return Long.parseLong(p[0]) * 1024; // always in kB
      }
    }
    return 0; // a zombie or kernel thread has no VmRSS line
  }

  private static int openFiles(Path dir) {
    int n = 0;
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(dir.resolve("fd"))) {
      for (Path ignored : fds) {
        n++;
      }
    } catch (IOException | RuntimeException e) {
      return -1; // another user's process: fds not readable
    }
    return n;
  }
}
