package io.heal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SummaryTableTest {

  @Test
  void rendersOneAlignedRowPerFault() {
    List<SummaryRow> rows =
        List.of(
            SummaryRow.of("kill -9", DemoIncidents.crash()),
            SummaryRow.of("crash loop", DemoIncidents.crashLoop()));

    List<String> lines = SummaryTable.render(rows).lines().toList();

    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).matches("FAULT +DETECTED AFTER +HEALED AFTER +REMEDY +OUTCOME");
    assertThat(lines.get(1))
        .matches("kill -9 +3 ms +412 ms +restart: 1st restart in 60 s, back-off 0 ms +healed");
    assertThat(lines.get(2)).matches("crash loop +2 ms +- +restart 1 of 5 +escalated");
    int healedEnd = lines.get(0).indexOf("HEALED AFTER") + "HEALED AFTER".length();
    assertThat(lines.get(1).substring(healedEnd - 6, healedEnd)).isEqualTo("412 ms");
  }

  @Test
  void cutsALongRemedySoTheOutcomeStaysInView() {
    SummaryRow row =
        new SummaryRow(
            "failed start",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "rollback: " + "because ".repeat(20),
            "open");

    String line = SummaryTable.render(List.of(row)).lines().toList().get(1);

    assertThat(line).contains("rollback: because").contains("...").endsWith("open");
    assertThat(line.length()).isLessThan(120);
  }
}
