package io.heal.detect.proc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads {@link ProcessStats} of one process again and again, keeping its {@code /proc/<pid>/stat}
 * and {@code status} open between readings: a positional read from the start of a /proc file gives
 * fresh figures, so a reading costs two reads and a stat of {@code fd/} (whose size Linux 6.2 and
 * later report as the count of open files; on an older kernel, or a folder laid out like /proc, it
 * is listed) instead of opening, reading and closing each file, and the text is parsed from the
 * bytes without regular expressions. ({@code stat}'s resident pages would spare the read of {@code
 * status}, but recent kernels give there a per-CPU approximation that can miss a few hundred kB.)
 * The open files also pin the process: once it is gone, readings are empty even if its pid is
 * reused. Not thread-safe: one thread reads; {@link #close()} releases the files.
 */
public final class ProcReader implements AutoCloseable {

  private static final int INITIAL_BUFFER_BYTES = 2048;

  private final long pid;
  private final Path dir;
  private final Path fd;
  // whether dir is in the real procfs, where the size of fd/ may be the count of open files
  private final boolean procfs;
  private FileChannel stat;
  private FileChannel status;
  private ByteBuffer buffer = ByteBuffer.allocate(INITIAL_BUFFER_BYTES);

  private ProcReader(long pid, Path dir, boolean procfs) {
    this.pid = pid;
    this.dir = dir;
    this.fd = dir.resolve("fd");
    this.procfs = procfs;
  }

  /** A reader of process {@code pid} in {@code /proc}; nothing is opened before the first read. */
  public static ProcReader of(long pid) {
    return of(ProcStats.DEFAULT_PROC, pid);
  }

  /** A reader of process {@code pid} in a {@code /proc}-layout folder. */
  public static ProcReader of(Path proc, long pid) {
    return new ProcReader(
        pid, proc.resolve(Long.toString(pid)), proc.equals(ProcStats.DEFAULT_PROC));
  }

  /**
   * Reads the process now, stamped with {@code nowNanos}. Never throws: a process that is gone or
   * unreadable yields empty.
   */
  public Optional<ProcessStats> read(long nowNanos) {
    try {
      if (stat == null) {
        FileChannel openedStat = FileChannel.open(dir.resolve("stat"), StandardOpenOption.READ);
        try {
          status = FileChannel.open(dir.resolve("status"), StandardOpenOption.READ);
        } catch (IOException | RuntimeException e) {
          close(openedStat);
          throw e;
        }
        stat = openedStat;
      }
      int statBytes = readAll(stat);
      // the command name is in parentheses and may hold spaces: fields start after the last ')'
      int at = lastIndexOf(statBytes, (byte) ')') + 2;
      // fields from 3 (state) on: utime is field 14, stime 15, num_threads 20
      long utime = 0;
      long stime = 0;
      int threads = -1;
      for (int field = 3; field <= 20 && at < statBytes; field++) {
        int end = indexOf(at, statBytes, (byte) ' ');
        if (field == 14) {
          utime = parseLong(at, end);
        } else if (field == 15) {
          stime = parseLong(at, end);
        } else if (field == 20) {
          threads = (int) parseLong(at, end);
        }
        at = end + 1;
      }
      if (threads < 0) {
        return Optional.empty(); // cut short: not a stat line of a live process
      }
      long ticks = utime + stime;
      Duration cpu = Duration.ofNanos(ticks * (1_000_000_000L / ProcStats.CLOCK_TICKS_PER_SECOND));
      long rss = rssBytes(readAll(status));
      return Optional.of(new ProcessStats(pid, cpu, rss, threads, openFiles(), nowNanos));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Reads the whole file from its start into the buffer (grown as needed); returns its length. */
  private int readAll(FileChannel file) throws IOException {
    buffer.clear();
    while (true) {
      int room = buffer.remaining();
      int n = file.read(buffer, buffer.position());
      // these files are made whole on each read from the start: one that fits reads short
      if (n < room) {
        return buffer.position();
      }
      if (!buffer.hasRemaining()) {
        ByteBuffer bigger = ByteBuffer.allocate(buffer.capacity() * 2);
        buffer.flip();
        bigger.put(buffer);
        buffer = bigger;
      }
    }
  }

  private long rssBytes(int length) {
    byte[] b = buffer.array();
    byte[] key = {'V', 'm', 'R', 'S', 'S', ':'};
    for (int line = 0; line < length; line = indexOf(line, length, (byte) '\n') + 1) {
      if (startsWith(line, length, key)) {
        int at = line + key.length;
        while (at < length && (b[at] == ' ' || b[at] == '\t')) {
          at++;
        }
        return parseLong(at, indexOf(at, length, (byte) ' ')) * 1024; // always in kB
      }
    }
    return 0; // a zombie or kernel thread has no VmRSS line
  }

  private int openFiles() {
    if (procfs) {
      try {
        long size = Files.size(fd);
        if (size > 0) {
          return (int) size;
        }
      } catch (IOException | RuntimeException e) {
        return -1; // another user's process: fds not readable
      }
    }
    int n = 0;
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(fd)) {
      for (Path ignored : fds) {
        n++;
      }
    } catch (IOException | RuntimeException e) {
      return -1; // another user's process: fds not readable
    }
    return n;
  }

  private boolean startsWith(int at, int length, byte[] key) {
    if (at + key.length > length) {
      return false;
    }
    for (int i = 0; i < key.length; i++) {
      if (buffer.array()[at + i] != key[i]) {
        return false;
      }
    }
    return true;
  }

  private int indexOf(int from, int length, byte wanted) {
    byte[] b = buffer.array();
    for (int i = from; i < length; i++) {
      if (b[i] == wanted) {
        return i;
      }
    }
    return length;
  }

  private int lastIndexOf(int length, byte wanted) {
    byte[] b = buffer.array();
    for (int i = length - 1; i >= 0; i--) {
      if (b[i] == wanted) {
        return i;
      }
    }
    throw new IllegalStateException("no '" + (char) wanted + "' in /proc/" + pid + "/stat");
  }

  private long parseLong(int from, int to) {
    byte[] b = buffer.array();
    if (from >= to) {
      throw new NumberFormatException("empty field in /proc/" + pid);
    }
    long v = 0;
    for (int i = from; i < to; i++) {
      int digit = b[i] - '0';
      if (digit < 0 || digit > 9) {
        throw new NumberFormatException("not a number in /proc/" + pid + " at byte " + i);
      }
      v = v * 10 + digit;
    }
    return v;
  }

  /** Closes the files; a later read opens them again. Idempotent. */
  @Override
  public void close() {
    close(stat);
    close(status);
    stat = null;
    status = null;
  }

  private static void close(FileChannel file) {
    if (file != null) {
      try {
        file.close();
      } catch (IOException e) {
        // read-only: nothing to lose
      }
    }
  }
}
