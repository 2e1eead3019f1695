package io.heal.cli.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.cli.Main;
import io.heal.core.incident.Evidence;
import io.heal.core.incident.Incident;
import io.heal.core.incident.IncidentKind;
import io.heal.core.incident.Step;
import io.heal.core.time.FakeClock;
import io.heal.store.AuditLog;
import io.heal.store.JsonFileIncidentStore;
import io.heal.store.WriteAheadLog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentsCommandTest {

  private static final Instant ONSET = Instant.parse("2026-11-24T08:35:12.417Z");

  @TempDir Path dataDir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream realOut;
  private PrintStream realErr;

  @BeforeEach
  void captureOutput() {
    realOut = System.out;
    realErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreOutput() {
    System.setOut(realOut);
    System.setErr(realErr);
  }

  @Test
  void listsStoredIncidentsAsATableOldestFirst() {
    saveTwo();

    int exit = Main.run("incidents", "-d", dataDir.toString());

    assertThat(exit).isZero();
    List<String> lines = stdout().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("ID").contains("SERVICE").contains("RECOVER");
    assertThat(lines.get(1)).startsWith("20261124-083512-417-api").contains("RESOLVED");
    assertThat(lines.get(2)).startsWith("20261124-083612-417-worker").contains("OPEN");
  }

  @Test
  void listsWhatTheWriteAheadLogHoldsAndTheFilesDoNotYet() throws Exception {
    // given a Heal that accepted a newer snapshot of one incident and a new one, then was killed
    saveTwo();
    JsonFileIncidentStore store = JsonFileIncidentStore.inDataDir(dataDir, bad -> {});
    Incident stored = store.find("20261124-083612-417-worker").orElseThrow();
    Incident later =
        Incident.open(
            "20261124-083712-417-api",
            "api",
            IncidentKind.CRASH,
            "v1",
            ONSET.plusSeconds(120),
            ONSET.plusSeconds(120),
            Evidence.empty(),
            "crashed: exit 3");
    try (AuditLog audit = AuditLog.open(dataDir, new FakeClock());
        WriteAheadLog journal = WriteAheadLog.openRecovering(dataDir, store, audit)) {
      journal.incident(stored.resolved(ONSET.plusSeconds(61), "probes pass"));
      journal.incident(later);
    }

    int exit = Main.run("incidents", "-d", dataDir.toString());

    assertThat(exit).isZero();
    List<String> lines = stdout().lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(2)).startsWith("20261124-083612-417-worker").contains("RESOLVED");
    assertThat(lines.get(3)).startsWith("20261124-083712-417-api").contains("OPEN");
    assertThat(lines.get(4)).startsWith("2 of them as read from").contains("journal.wal");
    // and the files are left for the next start to write
    assertThat(store.find("20261124-083712-417-api")).isEmpty();

    // and show finds the one only the log holds, and says where it came from
    out.reset();
    err.reset();
    int shown = Main.run("incidents", "show", "20261124-083712-417-api", "-d", dataDir.toString());
    assertThat(shown).isZero();
    assertThat(stdout()).contains("Incident 20261124-083712-417-api");
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("as read from")
        .contains("journal.wal");
  }

  @Test
  void saysSoWhenTheDataDirHasNoIncidents() {
    int exit = Main.run("incidents", "-d", dataDir.resolve("nowhere").toString());

    assertThat(exit).isZero();
    assertThat(stdout()).startsWith("No incidents");
  }

  @Test
  void showsOneIncidentInFull() {
    saveTwo();

    int exit = Main.run("incidents", "show", "20261124-083512-417-api", "-d", dataDir.toString());

    assertThat(exit).isZero();
    assertThat(stdout())
        .contains("Incident 20261124-083512-417-api")
        .containsPattern("\\+3 ms +08:35:12\\.420  detected +exit code 137")
        .containsPattern("\\+412 ms +08:35:12\\.829  verified healthy")
        .contains("process exit: exit code 137, killed by SIGKILL")
        .contains("| boom <at> line 7");
  }

  @Test
  void showTakesTheDataDirGivenToIncidents() {
    saveTwo();

    int exit = Main.run("incidents", "-d", dataDir.toString(), "show", "20261124-083512-417-api");

    assertThat(exit).isZero();
    assertThat(stdout()).contains("Incident 20261124-083512-417-api");
  }

  @Test
  void showJsonPrintsTheStoredJson() throws Exception {
    saveTwo();

    int exit =
        Main.run(
            "incidents", "show", "20261124-083512-417-api", "--json", "-d", dataDir.toString());

    assertThat(exit).isZero();
    String stored =
        Files.readString(dataDir.resolve("incidents").resolve("20261124-083512-417-api.json"));
    assertThat(stdout().strip()).isEqualTo(stored.strip());
    assertThat(stdout()).contains("\"timeToRecover\" : \"PT0.412S\"");
  }

  @Test
  void anUnknownIdIsAClearErrorWithExitOne() {
    saveTwo();

    int exit = Main.run("incidents", "show", "no-such-id", "-d", dataDir.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(stdout()).isEmpty();
    assertThat(stderr()).contains("no incident 'no-such-id'").contains("heal incidents -d");
  }

  @Test
  void anIdThatIsNotAFileNameIsRefusedWithExitOne() {
    saveTwo();

    int exit = Main.run("incidents", "show", "../../etc/passwd", "-d", dataDir.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(stderr()).contains("id:").contains("'../../etc/passwd'");
  }

  @Test
  void reportWritesEveryIncidentToOneHtmlPage() throws Exception {
    saveTwo();
    Path html = dataDir.resolve("out").resolve("report.html");

    int exit = Main.run("report", "-d", dataDir.toString(), "-o", html.toString());

    assertThat(exit).isZero();
    assertThat(stdout()).contains("Wrote 2 incidents to");
    assertThat(Files.readString(html))
        .startsWith("<!DOCTYPE html>")
        .contains("id=\"incident-20261124-083512-417-api\"")
        .contains("id=\"incident-20261124-083612-417-worker\"")
        .contains("boom &lt;at&gt; line 7");
  }

  private void saveTwo() {
    JsonFileIncidentStore store = JsonFileIncidentStore.inDataDir(dataDir, bad -> {});
    Evidence evidence =
        new Evidence(
            Optional.of(137),
            Optional.of("KILL"),
            List.of(),
            List.of("started", "boom <at> line 7"),
            Optional.empty(),
            List.of(),
            Map.of("pid", "4242"));
    store.save(
        Incident.open(
            "20261124-083612-417-worker",
            "worker",
            IncidentKind.HANG,
            "v2",
            ONSET.plusSeconds(60),
            ONSET.plusSeconds(62),
            Evidence.empty(),
            "3 probes timed out"));
    store.save(
        Incident.open(
                "20261124-083512-417-api",
                "api",
                IncidentKind.CRASH,
                "v1",
                ONSET,
                ONSET.plusMillis(3),
                evidence,
                "exit code 137")
            .withStep(ONSET.plusMillis(5), Step.REMEDY_STARTED, "restart issued")
            .resolved(ONSET.plusMillis(412), "probe http passed"));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
