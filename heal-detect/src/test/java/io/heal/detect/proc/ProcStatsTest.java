package io.heal.detect.proc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcStatsTest {

  @Test
  void readsThisJvmFromProc() {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
    long pid = ProcessHandle.current().pid();

    ProcessStats s = ProcStats.read(pid).orElseThrow();

    assertThat(s.rssBytes()).isGreaterThan(10L * 1024 * 1024);
    assertThat(s.threads()).isGreaterThan(1);
    assertThat(s.openFiles()).isGreaterThan(2);
    assertThat(s.cpuTime()).isPositive();
  }

  @Test
  void parsesAStatLineWhoseCommandHasSpacesAndParentheses(@TempDir Path proc) throws IOException {
    Path dir = Files.createDirectories(proc.resolve("4242"));
    Files.writeString(
        dir.resolve("stat"),
        "4242 (my (odd) cmd) S 1 4242 4242 0 -1 4194560 1000 0 0 0 250 50 0 0 20 0 7 0 100 "
            + "1000000 2500 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0\n");
    Files.writeString(dir.resolve("status"), "Name:\tcmd\nVmRSS:\t  10240 kB\nThreads:\t7\n");
    Files.createDirectories(dir.resolve("fd"));
    Files.writeString(dir.resolve("fd/0"), "");
    Files.writeString(dir.resolve("fd/1"), "");

    ProcessStats s = ProcStats.read(proc, 4242, 1_000).orElseThrow();

    assertThat(s.cpuTime()).isEqualTo(Duration.ofSeconds(3)); // (250 + 50) ticks at 100 Hz
    assertThat(s.threads()).isEqualTo(7);
    assertThat(s.rssBytes()).isEqualTo(10240L * 1024);
    assertThat(s.openFiles()).isEqualTo(2);
  }

  @Test
  void countsTheOpenFilesOfAProcess() throws IOException {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
    Process sleeper = new ProcessBuilder("sleep", "600").start();
    Path fd = Path.of("/proc/" + sleeper.pid() + "/fd");
    try {
      // once it has settled into sleep (the JDK's launch closes what it does not pass on)
      await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () -> {
                ProcessStats s = ProcStats.read(sleeper.pid()).orElseThrow();

                try (var fds = Files.list(fd)) {
                  assertThat(s.openFiles()).isEqualTo(fds.count());
                }
              });
    } finally {
      sleeper.destroyForcibly();
    }
  }

  @Test
  void cpuShareIsCpuTimeOverWallTime() {
    ProcessStats a = new ProcessStats(1, Duration.ofSeconds(10), 0, 1, 0, 0);
    ProcessStats b = new ProcessStats(1, Duration.ofSeconds(12), 0, 1, 0, 4_000_000_000L);

    assertThat(b.cpuShareSince(a)).isEqualTo(0.5);
  }

  @Test
  void aProcessThatIsGoneReadsAsEmpty(@TempDir Path proc) {
    assertThat(ProcStats.read(proc, 99999, 0)).isEmpty();
  }
}
