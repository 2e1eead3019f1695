package io.heal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.heal.core.audit.AuditEntry;
import io.heal.core.incident.Incident;
import io.heal.core.time.FakeClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteAheadLogTest {

  @TempDir Path dataDir;

  private JsonFileIncidentStore store;

  @BeforeEach
  void openStore() {
    store = JsonFileIncidentStore.inDataDir(dataDir, bad -> {});
  }

  @Test
  void putsBackTheNewestSnapshotOfEachIncidentAndTheAuditEntriesInOrder() throws Exception {
    // given records kept and never settled, as when Heal dies before its writer gets to them
    Incident first = SampleIncidents.open("inc-1", SampleIncidents.ONSET);
    Incident newer = SampleIncidents.resolvedCrash("inc-1", SampleIncidents.ONSET, 3);
    Incident other = SampleIncidents.open("inc-2", SampleIncidents.ONSET.plusSeconds(1));
    run(
        (audit, journal) -> {
          journal.incident(first);
          journal.audit(entry(1));
          journal.incident(newer);
          journal.incident(other);
          journal.audit(entry(2));
        });

    // when Heal starts again
    WriteAheadLog.Recovered recovered = reopen();

    // then the stores hold them all, audited at the time they were accepted
    assertThat(recovered).isEqualTo(new WriteAheadLog.Recovered(2, 2));
    assertThat(store.find("inc-1")).contains(newer);
    assertThat(store.find("inc-2")).contains(other);
    assertThat(AuditLog.read(dataDir.resolve(AuditLog.FILE_NAME)))
        .extracting(AuditRecord::seq, AuditRecord::subject, AuditRecord::at)
        .containsExactly(tuple(1L, "svc-1", entry(1).at()), tuple(2L, "svc-2", entry(2).at()));
    // and the log was cut back: a second start finds nothing more
    assertThat(reopen().any()).isFalse();
  }

  @Test
  void cutsBackOnlyOnceEverythingKeptIsSettledAndTheLogHasGrown() throws Exception {
    Path file = dataDir.resolve(WriteAheadLog.FILE_NAME);
    run(
        (audit, journal) -> {
          // given more than DEFAULT_CUT_BYTES of snapshots, saved by the writer
          int n = 0;
          while (Files.size(file) <= WriteAheadLog.DEFAULT_CUT_BYTES) {
            Incident big = SampleIncidents.resolvedCrash("big-" + n, SampleIncidents.ONSET, 2_000);
            journal.incident(big);
            store.save(big);
            n++;
          }
          journal.incident(SampleIncidents.open("pending", SampleIncidents.ONSET));

          // when the writer reports all but the last handled, the log stays as it is
          journal.settled(n);
          assertThat(Files.size(file)).isGreaterThan(WriteAheadLog.DEFAULT_CUT_BYTES);

          // and once it reports the last one too, only the header is left
          store.save(SampleIncidents.open("pending", SampleIncidents.ONSET));
          journal.settled(n + 1);
          assertThat(Files.readString(file)).isEqualTo("S 0\n");
        });
  }

  @Test
  void aCleanCloseWithEverythingSettledLeavesOnlyTheHeader() throws Exception {
    Incident incident = SampleIncidents.open("inc-1", SampleIncidents.ONSET);
    run(
        (audit, journal) -> {
          journal.incident(incident);
          store.save(incident);
          journal.settled(1);
        });

    assertThat(Files.readString(dataDir.resolve(WriteAheadLog.FILE_NAME))).isEqualTo("S 0\n");
  }

  @Test
  void putsBackWhatWasKeptAfterTheLastRecordTheWriterHandled() throws Exception {
    run(
        (audit, journal) -> {
          Incident saved = SampleIncidents.open("saved", SampleIncidents.ONSET);
          journal.incident(saved);
          store.save(saved);
          journal.settled(1);
          journal.incident(SampleIncidents.open("pending", SampleIncidents.ONSET));
        });

    assertThat(reopen()).isEqualTo(new WriteAheadLog.Recovered(1, 0));
    assertThat(store.find("pending")).isPresent();
  }

  @Test
  void appendsOnlyTheAuditEntriesTheAuditLogDoesNotHaveYet() throws Exception {
    // given an audit log with one record, then three entries kept, of which the writer appended
    // two before Heal died
    try (AuditLog audit = AuditLog.open(dataDir, new FakeClock())) {
      audit.append("heal", "earlier", "svc-0", Map.of());
    }
    run(
        (audit, journal) -> {
          for (int i = 1; i <= 3; i++) {
            journal.audit(entry(i));
          }
          for (int i = 1; i <= 2; i++) {
            AuditEntry e = entry(i);
            audit.append(e.at(), e.actor(), e.action(), e.subject(), e.details());
          }
        });

    WriteAheadLog.Recovered recovered = reopen();

    assertThat(recovered).isEqualTo(new WriteAheadLog.Recovered(0, 1));
    assertThat(AuditLog.read(dataDir.resolve(AuditLog.FILE_NAME)))
        .extracting(AuditRecord::subject)
        .containsExactly("svc-0", "svc-1", "svc-2", "svc-3");
    assertThat(AuditLog.verify(dataDir.resolve(AuditLog.FILE_NAME)).isIntact()).isTrue();
  }

  @Test
  void anIncidentTheStoreAlreadyHoldsIsNotCountedAsPutBack() throws Exception {
    Incident incident = SampleIncidents.open("inc-1", SampleIncidents.ONSET);
    run(
        (audit, journal) -> {
          journal.incident(incident);
          store.save(incident); // saved, but Heal died before the log was cut
        });

    assertThat(reopen().any()).isFalse();
    assertThat(store.find("inc-1")).contains(incident);
  }

  @Test
  void ignoresALastLineTheCrashCutShort() throws Exception {
    Incident whole = SampleIncidents.open("whole", SampleIncidents.ONSET);
    run(
        (audit, journal) -> {
          journal.incident(whole);
        });
    Files.writeString(
        dataDir.resolve(WriteAheadLog.FILE_NAME),
        "I {\"id\":\"torn\",\"serv",
        StandardOpenOption.APPEND);

    assertThat(reopen()).isEqualTo(new WriteAheadLog.Recovered(1, 0));
    assertThat(store.list()).containsExactly(whole);
  }

  @Test
  void refusesALogWithALineThatIsNotARecordAndNamesIt() throws Exception {
    Files.writeString(
        dataDir.resolve(WriteAheadLog.FILE_NAME),
        "S 0\nX something else\nI {}\n",
        StandardCharsets.UTF_8);

    try (AuditLog audit = AuditLog.open(dataDir, new FakeClock())) {
      assertThatThrownBy(() -> WriteAheadLog.openRecovering(dataDir, store, audit))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(WriteAheadLog.FILE_NAME)
          .hasMessageContaining("line 2")
          .hasMessageContaining("found: X something else");
    }
    // and the log is left as it was, for a person to look at
    assertThat(Files.readString(dataDir.resolve(WriteAheadLog.FILE_NAME))).contains("X something");
  }

  /** What one run of Heal does while its audit log and write-ahead log are open. */
  private interface Run {
    void with(AuditLog audit, WriteAheadLog journal) throws Exception;
  }

  /**
   * Opens the audit log and the write-ahead log as Heal's start does (putting back what an earlier
   * run left), runs {@code run}, and closes them; returns what the opening put back.
   */
  private WriteAheadLog.Recovered run(Run run) throws Exception {
    try (AuditLog audit = AuditLog.open(dataDir, new FakeClock());
        WriteAheadLog journal = WriteAheadLog.openRecovering(dataDir, store, audit)) {
      run.with(audit, journal);
      return journal.recovered();
    }
  }

  private WriteAheadLog.Recovered reopen() throws Exception {
    return run((audit, journal) -> {});
  }

  private static AuditEntry entry(int i) {
    return new AuditEntry(
        SampleIncidents.ONSET.plusMillis(i),
        "heal",
        "restart",
        "svc-" + i,
        Map.of("attempt", String.valueOf(i), "reason", "crashed"));
  }
}
