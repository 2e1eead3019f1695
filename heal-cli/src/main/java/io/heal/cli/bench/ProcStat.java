package io.heal.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time and resident memory of a process, read from /proc (Linux). */
record ProcStat(long cpuTicks, long rssBytes, int threads) {

  /** Clock ticks per second of /proc/[pid]/stat times; 100 on Linux x86-64. */
  static final long TICKS_PER_SECOND = 100;

  static ProcStat read(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    // fields after the command name, which is in parentheses and may contain spaces
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    long utime = Long.parseLong(f[11]);
    long stime = Long.parseLong(f[12]);
    int threads = Integer.parseInt(f[17]);
    long rssKb = 0;
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        rssKb = Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return new ProcStat(utime + stime, rssKb * 1024, threads);
  }
}
