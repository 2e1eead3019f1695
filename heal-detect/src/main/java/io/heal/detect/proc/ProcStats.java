package io.heal.detect.proc;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads {@link ProcessStats} from Linux {@code /proc/<pid>}: CPU time and threads from {@code
 * stat}, RSS from {@code status} ({@code VmRSS}), open files by counting {@code fd/}. CPU ticks are
 * taken as {@value #CLOCK_TICKS_PER_SECOND} a second (USER_HZ on every mainstream Linux). Never
 * throws: a process that is gone or unreadable yields empty. Stateless and thread-safe. To read one
 * process again and again, keep a {@link ProcReader}: it keeps the files open.
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
    try (ProcReader reader = ProcReader.of(proc, pid)) {
      return reader.read(nowNanos);
    }
  }
}
