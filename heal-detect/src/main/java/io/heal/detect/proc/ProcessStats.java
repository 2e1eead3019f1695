package io.heal.detect.proc;

import java.time.Duration;

/**
 * One reading of a process's resource use.
 *
 * @param pid the process id
 * @param cpuTime user plus system CPU time used so far
 * @param rssBytes resident set size
 * @param threads number of threads
 * @param openFiles number of open file descriptors
 * @param readAtNanos the monotonic time of the reading ({@link System#nanoTime()} or a fake clock)
 */
public record ProcessStats(
    long pid, Duration cpuTime, long rssBytes, int threads, int openFiles, long readAtNanos) {

  /**
   * The share of one core this process used between an earlier reading and this one: 1.0 is one
   * core busy all the time; above 1 on several cores. 0 when no time passed.
   */
  public double cpuShareSince(ProcessStats earlier) {
    if (earlier.pid != pid) {
      throw new IllegalArgumentException(
          "earlier: must be a reading of pid " + pid + ", found pid " + earlier.pid);
    }
    long wall = readAtNanos - earlier.readAtNanos;
    if (wall <= 0) {
      return 0;
    }
    return Math.max(0, (cpuTime.toNanos() - earlier.cpuTime.toNanos()) / (double) wall);
  }
}
