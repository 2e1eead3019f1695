package io.heal.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.heal.core.concurrent.HealThreads;
import io.heal.core.signal.ProcessExit;
import io.heal.core.spec.StopSpec;
import io.heal.core.time.HealClock;
import io.heal.supervisor.internal.NativeProcesses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest {

  @TempDir Path dir;
  private final ProcessLauncher launcher = launcher();

  /** Children through posix_spawn and the pidfd reaper, as under 'heal run'. */
  ProcessLauncher launcher() {
    assertThat(NativeProcesses.get())
        .as("native process calls in the test JVM: %s", NativeProcesses.describe())
        .isPresent();
    return new ProcessLauncher(HealClock.system());
  }

  private final ScheduledExecutorService scheduler = HealThreads.scheduler("test");

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  private ChildProcess launch(String... argv) {
    return launcher.launch(
        new LaunchSpec(
            "svc", List.of(argv), dir, Map.of("GREETING", "hi"), dir.resolve("svc.log")));
  }

  @Test
  void reportsTheExitCodeAndCapturesOutputWithTheEnvironment() throws Exception {
    ChildProcess child = launch("sh", "-c", "echo $GREETING; echo oops >&2; exit 4");

    ProcessExit exit = child.exit().get(10, TimeUnit.SECONDS);

    assertThat(exit.exitCode()).isEqualTo(4);
    assertThat(exit.signal()).isEmpty();
    assertThat(exit.describe()).isEqualTo("exit code 4");
    assertThat(Files.readString(dir.resolve("svc.log"))).contains("hi").contains("oops");
  }

  @Test
  void runsInItsOwnSessionAndDirectoryWithOnlyTheStandardDescriptors() throws Exception {
    ChildProcess child = launch("sh", "-c", "pwd; exec sleep 300");
    Path proc = Path.of("/proc/" + child.pid());
    // once sleep has replaced the shell, its descriptors are what it inherited
    await()
        .atMost(60, TimeUnit.SECONDS)
        .until(() -> Files.readString(proc.resolve("comm")).trim().equals("sleep"));

    List<String> fds;
    try (var listing = Files.list(proc.resolve("fd"))) {
      fds = listing.map(p -> p.getFileName().toString()).sorted().toList();
    }
    String[] stat = Files.readString(proc.resolve("stat")).split(" ");
    child.kill();

    assertThat(Path.of(Files.readAllLines(dir.resolve("svc.log")).get(0)))
        .isEqualTo(dir.toRealPath());
    assertThat(fds).containsExactly("0", "1", "2");
    // fields 5 and 6 of /proc/PID/stat: process group and session
    assertThat(stat[4]).isEqualTo(Long.toString(child.pid()));
    assertThat(stat[5]).isEqualTo(Long.toString(child.pid()));
    assertThat(child.exit().get(10, TimeUnit.SECONDS).signal()).contains("KILL");
  }

  @Test
  void namesTheSignalThatKilledIt() throws Exception {
    ChildProcess child = launch("sh", "-c", "kill -9 $$");

    ProcessExit exit = child.exit().get(10, TimeUnit.SECONDS);

    assertThat(exit.signal()).contains("KILL");
    assertThat(exit.describe()).isEqualTo("killed by SIGKILL");
  }

  @Test
  void stopEndsTheWholeProcessGroupAndEscalatesToKillAfterTheGrace() throws Exception {
    Path pid = dir.resolve("grandchild");
    // ignores SIGTERM, so only the SIGKILL after the grace period ends it
    ChildProcess child =
        launch("sh", "-c", "trap '' TERM; sleep 300 & echo $! > " + pid + "; wait; wait");
    await()
        .atMost(60, TimeUnit.SECONDS)
        .until(() -> Files.exists(pid) && !Files.readString(pid).isBlank());
    long grandchild = Long.parseLong(Files.readString(pid).trim());

    ProcessExit exit =
        child
            .stop(new StopSpec("TERM", Duration.ofMillis(300)), scheduler)
            .get(10, TimeUnit.SECONDS);

    assertThat(exit.signal()).contains("KILL");
    await()
        .atMost(60, TimeUnit.SECONDS)
        .until(() -> !ProcessHandle.of(grandchild).map(ProcessHandle::isAlive).orElse(false));
  }

  @Test
  void aCommandThatCannotStartNamesTheServiceAndCommand() {
    assertThatThrownBy(() -> launch("/no/such/program"))
        .isInstanceOf(ProcessStartException.class)
        .hasMessageContaining("service svc")
        .hasMessageContaining("/no/such/program");
  }

  @Test
  void aMissingWorkingDirectoryIsNamed() {
    Path missing = dir.resolve("no-such-dir");

    assertThatThrownBy(
            () ->
                launcher.launch(
                    new LaunchSpec(
                        "svc", List.of("true"), missing, Map.of(), dir.resolve("svc.log"))))
        .isInstanceOf(ProcessStartException.class)
        .hasMessageContaining("working directory '" + missing + "' does not exist");
  }

  @Test
  void takesAThreadDumpOfAJvmChild() throws Exception {
    ChildProcess child =
        launch(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            Sleeper.class.getName());
    await()
        .atMost(30, TimeUnit.SECONDS)
        .until(() -> Files.readString(dir.resolve("svc.log")).contains("sleeper up"));

    Optional<String> dump =
        ThreadDumps.capture(child, Duration.ofSeconds(10), scheduler).get(20, TimeUnit.SECONDS);

    assertThat(dump)
        .hasValueSatisfying(d -> assertThat(d).startsWith("Full thread dump").contains("\"main\""));
    child.kill();
    assertThat(child.exit().get(10, TimeUnit.SECONDS).signal()).contains("KILL");
  }

  @Test
  void pidFilesLetANewSupervisorReapWhatAKilledOneLeft() throws Exception {
    ChildProcess child = launch("sleep", "300");
    PidFiles files = new PidFiles(dir.resolve("run"));
    files.write(child);

    List<Long> reaped = new PidFiles(dir.resolve("run")).reapLeftovers();

    assertThat(reaped).containsExactly(child.pid());
    assertThat(child.exit().get(10, TimeUnit.SECONDS).signal()).contains("KILL");
    assertThat(dir.resolve("run/svc.pid")).doesNotExist();
  }

  @Test
  void pidFileWhoseStartTimeIsNotTheProcessesIsLeftAlone() throws Exception {
    // a pid file of an earlier Heal whose pid now belongs to another process
    ChildProcess stranger = launch("sleep", "300");
    Files.createDirectories(dir.resolve("run"));
    Files.writeString(dir.resolve("run/svc.pid"), stranger.pid() + " 1000\n");

    List<Long> reaped = new PidFiles(dir.resolve("run")).reapLeftovers();

    assertThat(reaped).isEmpty();
    assertThat(stranger.isAlive()).isTrue();
    assertThat(dir.resolve("run/svc.pid")).doesNotExist();
    stranger.kill();
    stranger.exit().get(10, TimeUnit.SECONDS);
  }
}
