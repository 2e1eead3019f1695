package io.heal.supervisor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidfdReaperTest {

  @TempDir Path dir;

  private int spawn(String... argv) throws IOException {
    return PosixSpawn.spawn(
        "/bin/sh", List.of(argv), dir, Map.of("PATH", "/usr/bin:/bin"), dir.resolve("out.log"));
  }

  @Test
  void oneThreadWaitsForManyChildrenAndReadsEachStatus() throws Exception {
    PidfdReaper reaper = new PidfdReaper();
    List<CompletableFuture<Integer>> exits = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      // each waits until the file "go" exists (relative: the children run in dir)
      exits.add(reaper.watch(spawn("sh", "-c", "until [ -e go ]; do sleep 0.02; done; exit " + i)));
    }
    int sleeper = spawn("sh", "-c", "sleep 300");
    CompletableFuture<Integer> killed = reaper.watch(sleeper);
    assertThat(reaper.watching()).isEqualTo(21);

    assertThat(exits).noneMatch(CompletableFuture::isDone);
    java.nio.file.Files.createFile(dir.resolve("go"));
    for (int i = 0; i < 20; i++) {
      assertThat(exits.get(i).get(20, TimeUnit.SECONDS)).isEqualTo(i);
    }
    assertThat(killed).isNotDone();
    new NativeProcessesAccess().kill(sleeper, 9);
    assertThat(killed.get(20, TimeUnit.SECONDS)).isEqualTo(128 + 9);
    assertThat(reaper.watching()).isZero();
  }

  @Test
  void aChildThatExitedBeforeItWasWatchedIsStillReported() throws Exception {
    PidfdReaper reaper = new PidfdReaper();
    int pid = spawn("sh", "-c", "exit 3");
    // a zombie until reaped: the pidfd opens and is readable at once
    org.awaitility.Awaitility.await()
        .atMost(60, TimeUnit.SECONDS)
        .until(
            () ->
                java.nio.file.Files.readString(Path.of("/proc/" + pid + "/stat")).contains(") Z "));

    assertThat(reaper.watch(pid).get(20, TimeUnit.SECONDS)).isEqualTo(3);
  }

  @Test
  void aPidfdNumberReusedWhileAnotherChildIsSpawnedDoesNotStallTheReaper() throws Exception {
    // A spawning child holds a copy of the parent's descriptors until it execs, so a pidfd closed
    // meanwhile stays registered with epoll and fires again; its number, reused by the pidfd of a
    // live child, once made the reaper block in waitpid on that child and miss every exit after.
    PidfdReaper reaper = new PidfdReaper();
    List<Integer> sleepers = new CopyOnWriteArrayList<>();
    List<CompletableFuture<Integer>> sleeperExits = new CopyOnWriteArrayList<>();
    List<CompletableFuture<Integer>> quickExits = new CopyOnWriteArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> quick =
          pool.submit(
              () -> {
                for (int i = 0; i < 400; i++) {
                  quickExits.add(reaper.watch(spawn("sh", "-c", "exit 0")));
                }
                return null;
              });
      Future<?> slow =
          pool.submit(
              () -> {
                for (int i = 0; i < 100; i++) {
                  int pid = spawn("sh", "-c", "exec sleep 300");
                  sleepers.add(pid);
                  sleeperExits.add(reaper.watch(pid));
                }
                return null;
              });
      quick.get(120, TimeUnit.SECONDS);
      slow.get(120, TimeUnit.SECONDS);

      for (CompletableFuture<Integer> exit : quickExits) {
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
      }
    } finally {
      pool.shutdownNow();
      sleepers.forEach(pid -> new NativeProcessesAccess().kill(pid, 9));
    }
    for (CompletableFuture<Integer> exit : sleeperExits) {
      assertThat(exit.get(30, TimeUnit.SECONDS)).isEqualTo(128 + 9);
    }
    assertThat(reaper.watching()).isZero();
  }

  @Test
  void aProgramThatCannotRunIsAnErrorNamingIt() {
    assertThatThrownBy(
            () ->
                PosixSpawn.spawn(
                    "/no/such/program", List.of("prog"), dir, Map.of(), dir.resolve("out.log")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("\"prog\"")
        .hasMessageContaining("No such file or directory");
  }

  @Test
  void waitStatusesReadAsTheJdkReportsThem() {
    assertThat(PidfdReaper.exitStatus(7 << 8)).isEqualTo(7);
    assertThat(PidfdReaper.exitStatus(9)).isEqualTo(137);
    assertThat(PidfdReaper.exitStatus(15 | 0x80)).isEqualTo(143); // core dumped bit
  }

  /** kill(2) without going through a launcher. */
  private static final class NativeProcessesAccess {
    void kill(int pid, int signal) {
      assertThat(NativeProcesses.get()).isPresent();
      NativeProcesses.get().get().kill(pid, signal);
    }
  }
}
