package io.heal.cli.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.heal.cli.bench.OverheadBench;
import io.heal.core.incident.Incident;
import io.heal.core.service.ServiceState;
import io.heal.daemon.http.ControlClient;
import io.heal.store.AuditLog;
import io.heal.store.AuditRecord;
import io.heal.store.JsonFileIncidentStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code heal run} as a real process: what happens when it is stopped, and when it is killed. */
class HealProcessTest {

  @TempDir Path dir;
  private final List<Process> heals = new ArrayList<>();

  @AfterEach
  void killHeals() {
    heals.forEach(Process::destroyForcibly);
  }

  private Process heal(Path config) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    // the JVM flags ./heal gives 'heal run': children through posix_spawn and the pidfd thread
    List<String> argv = new ArrayList<>(List.of(java.toString()));
    argv.addAll(OverheadBench.DEFAULT_HEAL_JVM_FLAGS);
    argv.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            "io.heal.cli.Main",
            "run",
            "-c",
            config.toString()));
    Process p =
        new ProcessBuilder(argv)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("heal-" + heals.size() + ".out").toFile())
            .start();
    heals.add(p);
    return p;
  }

  private Path config(String script) throws Exception {
    String yaml =
        """
        data_dir: data
        control: {host: 127.0.0.1, port: 0}
        services:
          - name: worker
            command: [sh, -c, "%s"]
            restart: {initial_delay: 100ms, max_restarts: 5, within: 60s}
            stop: {grace: 2s}
        """
            .formatted(script.replace("\"", "\\\""));
    Path file = dir.resolve("heal.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  private ControlClient client() throws Exception {
    Path url = dir.resolve("data/control.url");
    await().atMost(30, TimeUnit.SECONDS).until(() -> Files.exists(url));
    return new ControlClient(URI.create(Files.readString(url).trim()), HttpClient.newHttpClient());
  }

  private static void awaitRunning(ControlClient client) {
    await()
        .atMost(30, TimeUnit.SECONDS)
        .until(() -> client.services().get(0).state() == ServiceState.RUNNING);
  }

  /** SIGKILLs the last Heal started (no shutdown hook runs) and waits for its end. */
  private void killHeal() throws InterruptedException {
    Process heal = heals.get(heals.size() - 1);
    heal.destroyForcibly();
    assertThat(heal.waitFor(30, TimeUnit.SECONDS)).isTrue();
  }

  /** Starts another Heal on the same configuration; returns once its service runs. */
  private ControlClient restartHeal() throws Exception {
    Files.delete(dir.resolve("data/control.url"));
    heal(dir.resolve("heal.yaml"));
    ControlClient again = client();
    awaitRunning(again);
    return again;
  }

  private static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  @Test
  void sigtermStopsEveryChildAndGrandchild() throws Exception {
    Path pids = dir.resolve("pids");
    Process heal =
        heal(
            config(
                "sleep 300 & echo $! >> " + pids + "; sleep 300 & echo $! >> " + pids + "; wait"));
    ControlClient client = client();
    awaitRunning(client);
    await()
        .atMost(60, TimeUnit.SECONDS)
        .until(() -> Files.exists(pids) && Files.readAllLines(pids).size() == 2);
    List<Long> all =
        new ArrayList<>(Files.readAllLines(pids).stream().map(Long::parseLong).toList());
    all.add(client.services().get(0).pid().orElseThrow());

    await()
        .atMost(60, TimeUnit.SECONDS)
        .untilAsserted(
            () ->
                assertThat(Files.readString(dir.resolve("heal-0.out")))
                    .contains(
                        "heal: children: posix_spawn, and one pidfd thread waits for every child"));

    heal.destroy(); // SIGTERM

    assertThat(heal.waitFor(30, TimeUnit.SECONDS)).isTrue();
    await()
        .atMost(60, TimeUnit.SECONDS)
        .untilAsserted(() -> assertThat(all).noneMatch(HealProcessTest::alive));
  }

  @Test
  void incidentRecordedBeforeKillNineIsThereAfterRestartAndLeftoversAreReaped() throws Exception {
    Path marker = dir.resolve("crashed-once");
    heal(
        config(
            "if [ -f "
                + marker
                + " ]; then exec sleep 300; else touch "
                + marker
                + "; exit 3; fi"));
    ControlClient client = client();
    JsonFileIncidentStore store = new JsonFileIncidentStore(dir.resolve("data/incidents"));
    await().atMost(30, TimeUnit.SECONDS).until(() -> !store.list().isEmpty());
    awaitRunning(client);
    Incident before = store.list().get(0);
    long orphan = client.services().get(0).pid().orElseThrow();

    killHeal();
    assertThat(alive(orphan)).as("the child outlives a SIGKILLed Heal").isTrue();
    restartHeal();

    assertThat(new JsonFileIncidentStore(dir.resolve("data/incidents")).find(before.id()))
        .hasValueSatisfying(i -> assertThat(i.evidence().exitCode()).contains(3));
    await().atMost(60, TimeUnit.SECONDS).until(() -> !alive(orphan));
  }

  @Test
  void incidentAcceptedButNotYetSavedWhenHealIsKilledIsPutBackAtTheNextStart() throws Exception {
    heal(config("exec sleep 300"));
    ControlClient client = client();
    awaitRunning(client);
    long first = client.services().get(0).pid().orElseThrow();
    // given an incident store that cannot be written (a file where its directory was; a
    // permission would not stop root), so that records stay accepted and unsaved
    Path incidents = dir.resolve("data/incidents");
    Path away = dir.resolve("data/incidents.away");
    Files.move(incidents, away);
    Files.writeString(incidents, "not a directory");

    // when the service crashes, Heal restarts it, and Heal is then killed
    ProcessHandle.of(first).orElseThrow().destroyForcibly();
    await()
        .atMost(30, TimeUnit.SECONDS)
        .until(
            () ->
                client.services().get(0).state() == ServiceState.RUNNING
                    && client.services().get(0).pid().orElse(first) != first);
    Path journal = dir.resolve("data/journal.wal");
    assertThat(Files.readString(journal)).contains("I {").contains("\"signal\":\"KILL\"");
    long second = client.services().get(0).pid().orElseThrow();
    killHeal();
    Files.delete(incidents);
    Files.move(away, incidents);

    // then the next Heal saves the crash's incident and audits its restart
    restartHeal();
    assertThat(new JsonFileIncidentStore(incidents).list())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.service()).isEqualTo("worker");
              assertThat(i.evidence().signal()).contains("KILL");
            });
    assertThat(AuditLog.read(dir.resolve("data").resolve(AuditLog.FILE_NAME)))
        .extracting(AuditRecord::action)
        .contains("restart");
    assertThat(Files.readString(dir.resolve("heal-1.out")))
        .contains(
            "put back what an earlier Heal accepted but had not saved when it ended: 1 incident and");
    await().atMost(60, TimeUnit.SECONDS).until(() -> !alive(second));
  }
}
