package io.heal.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IncidentTextTest {

  @Test
  void showsTheTimelineWithOffsetsAndTheEvidence() {
    String text = IncidentText.render(DemoIncidents.crash());

    assertThat(text)
        .startsWith("Incident 20261124-083512-417-api\n")
        .contains("status     RESOLVED")
        .contains("to recover 412 ms")
        .containsPattern("\\+3 ms  08:35:12\\.420  detected +killed by SIGKILL")
        .containsPattern("\\+412 ms  08:35:12\\.829  verified healthy +probe http")
        .contains("process exit: exit code 137, killed by SIGKILL")
        .contains("pid: 48211")
        .contains("| 08:35:12.288 WARN  slow query <script>");
  }

  @Test
  void showsProbeResultsAndTheThreadDumpOfAHang() {
    String text = IncidentText.render(DemoIncidents.hang());

    assertThat(text)
        .containsPattern("\\+1 s  http  timeout  500 ms  timed out after 500 ms")
        .contains("thread dump:\n    \"worker-0\" #20 prio=5");
  }
}
