package io.heal.sample.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How long this JVM process has been running, read cheaply. On Linux it compares the process start
 * in {@code /proc/self/stat} with {@code /proc/uptime} (both counted from boot, 10 ms resolution),
 * which costs two tiny file reads; {@link ProcessHandle.Info#startInstant()} is off by up to a
 * second (boot time is only known to the second), and the management beans cost 25 to 200 ms of
 * class loading at start. Elsewhere it falls back to the management bean.
 */
public final class Uptime {

  /** Kernel clock ticks per second ({@code USER_HZ}); 100 on every mainstream Linux. */
  static final int USER_HZ = 100;

  private Uptime() {}

  /** The process's uptime now. */
  public static Duration now() {
    try {
      return fromProc(
          Files.readString(Path.of("/proc/self/stat")), Files.readString(Path.of("/proc/uptime")));
    } catch (IOException | RuntimeException e) {
      return Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
    }
  }

  /** Computes the uptime from the contents of {@code /proc/self/stat} and {@code /proc/uptime}. */
  static Duration fromProc(String stat, String uptime) {
    // fields after the command name, which may itself hold spaces and parentheses
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    long startTicks = Long.parseLong(fields[19]);
    double systemUpSeconds = Double.parseDouble(uptime.trim().split(" ")[0]);
    long millis = Math.round(systemUpSeconds * 1000) - startTicks * 1000 / USER_HZ;
    return Duration.ofMillis(Math.max(millis, 0));
  }
}
