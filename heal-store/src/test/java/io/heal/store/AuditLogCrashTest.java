package io.heal.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.core.time.FakeClock;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real kill -9 of a process in the middle of appending to the audit log. */
class AuditLogCrashTest {

  @TempDir Path dataDir;

  @Test
  void everyAppendThatReturnedSurvivesAKillMinusNineAndTheChainContinues() throws Exception {
    List<String> seqs = KilledChild.runAndKill("audit", dataDir, 40);

    List<AuditRecord> survived = AuditLog.read(dataDir.resolve(AuditLog.FILE_NAME));
    AuditRecord next;
    try (AuditLog reopened = AuditLog.open(dataDir, new FakeClock())) {
      next = reopened.append("heal", "note", "after-crash", Map.of());
      assertThat(reopened.verify().isIntact()).as(reopened.verify().toString()).isTrue();
    }

    assertThat(seqs).hasSizeGreaterThanOrEqualTo(40);
    for (int i = 0; i < seqs.size(); i++) {
      assertThat(seqs.get(i)).isEqualTo(String.valueOf(i + 1));
    }
    // the append under way at the kill is whole or absent
    assertThat(survived.size()).isBetween(seqs.size(), seqs.size() + 1);
    assertThat(survived.get(seqs.size() - 1).details()).isEqualTo(CrashingWriter.details());
    assertThat(next.seq()).isEqualTo(survived.size() + 1L);
  }
}
