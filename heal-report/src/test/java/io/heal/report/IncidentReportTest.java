package io.heal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.core.incident.Incident;
import io.heal.core.incident.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IncidentReportTest {

  @Test
  void rendersOneCardPerIncident() {
    String html = IncidentReport.render("Heal demo", DemoIncidents.all(), Optional.empty());

    assertThat(count(html, "<section class=\"card\"")).isEqualTo(4);
    assertThat(html)
        .contains("id=\"incident-20261124-083512-417-api\"")
        .contains("id=\"incident-20261124-083712-417-worker\"");
  }

  @Test
  void escapesAScriptTagInALogLine() {
    String html = IncidentReport.render("r", List.of(DemoIncidents.crash()), Optional.empty());

    assertThat(html)
        .doesNotContain("<script>")
        .contains("slow query &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; took 140ms");
  }

  @Test
  void escapesTheTitleAndMessages() {
    Incident odd =
        DemoIncidents.crash().withStep(DemoIncidents.T0.plusSeconds(1), Step.NOTE, "a < b & c");

    String html = IncidentReport.render("<Heal & co>", List.of(odd), Optional.empty());

    assertThat(html).contains("<title>&lt;Heal &amp; co&gt;</title>").contains("a &lt; b &amp; c");
  }

  @Test
  void drawsATimelineMarkerPerStepLabelledWithItsOffset() {
    Incident crash = DemoIncidents.crash();

    String html = IncidentReport.render("r", List.of(crash), Optional.empty());

    // onset plus one marker per timeline step
    assertThat(count(html, "<circle class=\"marker")).isEqualTo(1 + crash.timeline().size());
    assertThat(html)
        .contains("<tspan class=\"tl-off\">+3 ms</tspan> detected")
        .contains("<tspan class=\"tl-off\">+5 ms</tspan> remedy started")
        .contains("<tspan class=\"tl-off\">+412 ms</tspan> verified healthy");
  }

  @Test
  void headerCountsOutcomesAndTheMedianTimeToRecover() {
    String html = IncidentReport.render("r", DemoIncidents.all(), Optional.empty());

    assertThat(html)
        .contains("<span class=\"label\">incidents</span><span class=\"value\">4</span>")
        .contains("<span class=\"label\">resolved</span><span class=\"value\">3</span>")
        .contains("<span class=\"label\">escalated</span><span class=\"value\">1</span>")
        // recoveries 412 ms, 3.24 s, 12 s: the median is 3.24 s
        .contains(
            "<span class=\"label\">median time to recover</span>"
                + "<span class=\"value\">3.24 s</span>");
  }

  @Test
  void rendersTheGivenSummaryRowsLinkedToTheirCards() {
    List<SummaryRow> rows =
        List.of(
            SummaryRow.of("kill -9", DemoIncidents.crash()),
            SummaryRow.of("crash loop", DemoIncidents.crashLoop()));

    String html = IncidentReport.render("r", DemoIncidents.all(), Optional.of(rows));

    assertThat(html)
        .contains("<a href=\"#incident-20261124-083512-417-api\">kill -9</a>")
        .contains("restart: 1st restart in 60 s, back-off 0 ms")
        .contains(">healed</span>")
        .contains(">escalated</span>");
  }

  @Test
  void isSelfContained() throws Exception {
    String html = IncidentReport.render("Heal demo", DemoIncidents.all(), Optional.empty());
    Path out = Path.of("target", "sample-report.html");
    Files.writeString(out, html);

    assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("<img");
    assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//");
    assertThat(html).doesNotContain("@import").doesNotContain("url(");
  }

  private static int count(String text, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
