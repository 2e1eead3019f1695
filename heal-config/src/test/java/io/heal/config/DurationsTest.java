package io.heal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  @ParameterizedTest
  @CsvSource({
    "500ms, PT0.5S",
    "1s, PT1S",
    "1.5s, PT1.5S",
    "2m, PT2M",
    "1h, PT1H",
    "1d, PT24H",
    "1m30s, PT1M30S",
    "0, PT0S",
    "0s, PT0S",
    "PT1S, PT1S",
    "pt0.25s, PT0.25S",
    "-1s, PT-1S",
    "0.5ms, PT0.0005S"
  })
  void parsesHumanAndIsoDurations(String text, String iso) {
    assertThat(Durations.parse(text)).isEqualTo(Duration.parse(iso));
  }

  @ParameterizedTest
  @ValueSource(strings = {"5 parsecs", "5", "1 s", "s", "", "1.s", "1sm", "P", "ten seconds"})
  void rejectsTextThatIsNotADurationNamingIt(String text) {
    assertThatThrownBy(() -> Durations.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @ParameterizedTest
  @CsvSource({
    "PT0S, 0s",
    "PT0.5S, 500ms",
    "PT1.5S, 1.5s",
    "PT5S, 5s",
    "PT2M, 2m",
    "PT90S, 90s",
    "PT1H, 1h",
    "PT-1S, -1s",
    "PT0.0005S, 0.5ms"
  })
  void formatsInTheLargestWholeUnit(String iso, String text) {
    assertThat(Durations.format(Duration.parse(iso))).isEqualTo(text);
  }

  @Test
  void formattedDurationsParseBackToTheSameValue() {
    Duration odd = Duration.ofMillis(12_345);

    assertThat(Durations.parse(Durations.format(odd))).isEqualTo(odd);
  }
}
