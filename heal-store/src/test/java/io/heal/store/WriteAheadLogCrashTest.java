package io.heal.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.core.incident.Incident;
import io.heal.core.time.FakeClock;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real kill -9 of a process whose journal had accepted records that its stores did not hold yet.
 */
class WriteAheadLogCrashTest {

  @TempDir Path dataDir;

  @Test
  void everyRecordKeptBeforeAKillMinusNineIsPutBackAtTheNextStart() throws Exception {
    List<String> kept = KilledChild.runAndKill("journal", dataDir, 40);

    JsonFileIncidentStore store = JsonFileIncidentStore.inDataDir(dataDir, bad -> {});
    assertThat(store.list()).as("nothing reached the store before the kill").isEmpty();
    List<AuditRecord> audited;
    WriteAheadLog.Recovered recovered;
    try (AuditLog audit = AuditLog.open(dataDir, new FakeClock());
        WriteAheadLog journal = WriteAheadLog.openRecovering(dataDir, store, audit)) {
      recovered = journal.recovered();
      audited = AuditLog.read(audit.file());
      assertThat(audit.verify().isIntact()).as(audit.verify().toString()).isTrue();
    }

    assertThat(kept).hasSizeGreaterThanOrEqualTo(40);
    // the record under way at the kill is whole or absent
    assertThat(recovered.incidents()).isBetween(kept.size(), kept.size() + 1);
    for (int i = 0; i < kept.size(); i++) {
      Incident expected = CrashingWriter.expected(kept.get(i), i);
      assertThat(store.find(kept.get(i))).contains(expected);
    }
    assertThat(audited.size()).isBetween(kept.size(), kept.size() + 1);
    for (int i = 0; i < kept.size(); i++) {
      assertThat(audited.get(i).subject()).isEqualTo(kept.get(i));
      assertThat(audited.get(i).at()).isEqualTo(CrashingWriter.auditEntry(i).at());
    }
  }
}
