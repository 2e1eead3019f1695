package io.heal.detect.proc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcReaderTest {

  @Test
  void readsFreshFiguresThroughTheFilesItKeepsOpen() {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
    try (ProcReader reader = ProcReader.of(ProcessHandle.current().pid())) {
      Duration before = reader.read(System.nanoTime()).orElseThrow().cpuTime();

      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(10))
          .until(
              () -> {
                burnCpu();
                return reader.read(System.nanoTime()).orElseThrow().cpuTime().compareTo(before) > 0;
              });
    }
  }

  @Test
  void readsNothingOnceTheProcessIsGone() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
    Process sleeper = new ProcessBuilder("sleep", "600").start();
    try (ProcReader reader = ProcReader.of(sleeper.pid())) {
      ProcessStats alive = reader.read(System.nanoTime()).orElseThrow();
      assertThat(alive.pid()).isEqualTo(sleeper.pid());
      assertThat(alive.threads()).isEqualTo(1);
      assertThat(alive.rssBytes()).isPositive();

      sleeper.destroyForcibly();
      assertThat(sleeper.waitFor(60, TimeUnit.SECONDS)).isTrue();

      assertThat(reader.read(System.nanoTime())).isEmpty();
    } finally {
      sleeper.destroyForcibly();
    }
  }

  @Test
  void findsTheResidentSizeInAStatusLongerThanItsFirstBuffer(@TempDir Path proc) throws Exception {
    Path dir = Files.createDirectories(proc.resolve("7"));
    Files.writeString(
        dir.resolve("stat"),
        "7 (svc) S 1 7 7 0 -1 0 0 0 0 0 120 30 0 0 20 0 3 0 100 1000000 2500 0\n");
    StringBuilder groups = new StringBuilder("Groups:");
    for (int g = 0; g < 2000; g++) {
      groups.append(' ').append(1000 + g);
    }
    Files.writeString(
        dir.resolve("status"), "Name:\tsvc\n" + groups + "\nVmRSS:\t    2048 kB\nThreads:\t3\n");
    Files.createDirectories(dir.resolve("fd"));

    try (ProcReader reader = ProcReader.of(proc, 7)) {
      ProcessStats s = reader.read(5).orElseThrow();

      assertThat(s.rssBytes()).isEqualTo(2048L * 1024);
      assertThat(s.cpuTime()).isEqualTo(Duration.ofMillis(1500)); // (120 + 30) ticks at 100 Hz
      assertThat(s.threads()).isEqualTo(3);
      assertThat(s.openFiles()).isZero();
      assertThat(s.readAtNanos()).isEqualTo(5);
    }
  }

  @Test
  void aStatLineCutShortReadsAsEmpty(@TempDir Path proc) throws Exception {
    Path dir = Files.createDirectories(proc.resolve("8"));
    Files.writeString(dir.resolve("stat"), "8 (svc) S 1 8 8 0 -1\n");
    Files.writeString(dir.resolve("status"), "VmRSS:\t1 kB\n");

    try (ProcReader reader = ProcReader.of(proc, 8)) {
      assertThat(reader.read(0)).isEmpty();
    }
  }

  private static void burnCpu() {
    long until = System.nanoTime() + 20_000_000;
    double x = 0;
    while (System.nanoTime() < until) {
      x += Math.sqrt(x + 1);
    }
    if (x < 0) {
      throw new AssertionError();
    }
  }
}
