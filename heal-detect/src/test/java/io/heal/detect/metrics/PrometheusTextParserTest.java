package io.heal.detect.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextParserTest {

  @Test
  void parsesSamplesLabelsEscapesSpecialValuesAndTimestamps() {
    String text =
        """
        # HELP http_requests_total The total number of HTTP requests.
        # TYPE http_requests_total counter
        http_requests_total{method="post",code="200"} 1027 1395066363000
        http_requests_total{method="post",code="400"}    3 1395066363000

        msdos_file_access_time_seconds{path="C:\\\\DIR\\\\FILE.TXT",error="Cannot find file:\\n\\"FILE.TXT\\""} 1.458255915e9
        metric_without_timestamp_and_labels 12.47
        something_weird{problem="division by zero"} +Inf -3982045
        http_request_duration_seconds_bucket{le="+Inf",} 144320
        nan_value NaN
        """;

    List<PrometheusSample> s = PrometheusTextParser.parse(text);

    assertThat(s).hasSize(7);
    assertThat(s.get(0).labels()).isEqualTo(Map.of("method", "post", "code", "200"));
    assertThat(s.get(0).value()).isEqualTo(1027);
    assertThat(s.get(0).timestampMillis()).hasValue(1395066363000L);
    assertThat(s.get(2).labels().get("path")).isEqualTo("C:\\DIR\\FILE.TXT");
    assertThat(s.get(2).labels().get("error")).isEqualTo("Cannot find file:\n\"FILE.TXT\"");
    assertThat(s.get(3).name()).isEqualTo("metric_without_timestamp_and_labels");
    assertThat(s.get(3).timestampMillis()).isEmpty();
    assertThat(s.get(4).value()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(s.get(4).timestampMillis()).hasValue(-3982045L);
    assertThat(s.get(5).labels()).containsEntry("le", "+Inf");
    assertThat(s.get(6).value()).isNaN();
  }

  @Test
  void rejectsAMalformedLineNamingItsNumberAndText() {
    String text = "ok_metric 1\nbroken{code=\"200} 5\n";

    assertThatThrownBy(() -> PrometheusTextParser.parse(text))
        .isInstanceOf(PrometheusFormatException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("broken{code=\"200} 5");
  }

  @Test
  void rejectsAValueThatIsNotANumber() {
    assertThatThrownBy(() -> PrometheusTextParser.parse("m{a=\"b\"} twelve"))
        .hasMessageContaining("expected a number");
  }
}
