package io.heal.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTest {

  @Test
  void addingAThreadDumpOrLogLinesKeepsTheRest() {
    Evidence e =
        Evidence.empty().withLastLogLines(List.of("boom")).withThreadDump("Full thread dump");

    assertThat(e.lastLogLines()).containsExactly("boom");
    assertThat(e.threadDump()).contains("Full thread dump");
    assertThat(e.exitCode()).isEmpty();
  }

  @Test
  void incidentEvidenceCanBeReplacedLater() {
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    Incident i = Incident.open("i", "api", IncidentKind.HANG, "v1", t, t, Evidence.empty(), "hung");

    Incident withDump = i.withEvidence(i.evidence().withThreadDump("dump"));

    assertThat(withDump.evidence().threadDump()).contains("dump");
    assertThat(withDump.timeline()).isEqualTo(i.timeline());
    assertThat(withDump.firstStep(Step.RESOLVED)).isEmpty();
  }
}
