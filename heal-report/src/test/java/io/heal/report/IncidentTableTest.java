package io.heal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentTableTest {

  @Test
  void rendersAHeaderAndOneAlignedRowPerIncident() {
    String table = IncidentTable.render(DemoIncidents.all());

    List<String> lines = table.lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).matches("ID +SERVICE +KIND +STATUS +DETECT +RECOVER +OPENED");
    assertThat(lines.get(1))
        .matches(
            "20261124-083512-417-api +api +CRASH +RESOLVED +3 ms +412 ms +2026-11-24 08:35:12");
    assertThat(lines.get(4)).contains("ESCALATED").contains("2 ms").contains("  -  ");
    int statusColumn = lines.get(0).indexOf("STATUS");
    assertThat(lines).allSatisfy(l -> assertThat(l.charAt(statusColumn - 1)).isEqualTo(' '));
    assertThat(lines.subList(1, 5))
        .allSatisfy(l -> assertThat(l.substring(statusColumn)).matches("(RESOLVED|ESCALATED).*"));
  }

  @Test
  void saysSoWhenThereAreNoIncidents() {
    assertThat(IncidentTable.render(List.of())).isEqualTo("No incidents.\n");
  }
}
