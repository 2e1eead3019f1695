package io.heal.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.core.incident.Incident;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealJsonTest {

  @Test
  void writesTimesAndDurationsAsIsoStringsAndEmptyOptionalsAsNull() throws Exception {
    Incident open = SampleIncidents.open("i-1", SampleIncidents.ONSET);

    String json = HealJson.mapper().writeValueAsString(open);

    assertThat(json)
        .contains("\"onsetAt\":\"2026-11-24T08:35:12.417Z\"")
        .contains("\"timeToDetect\":\"PT2S\"")
        .contains("\"timeToRecover\":null")
        .doesNotContain("\n");
    assertThat(HealJson.mapper().readValue(json, Incident.class)).isEqualTo(open);
  }

  @Test
  void sortsMapKeysAndIgnoresUnknownFieldsOnRead() throws Exception {
    String json = HealJson.mapper().writeValueAsString(Map.of("b", 1, "a", 2, "c", 3));
    String withExtra =
        HealJson.mapper()
            .writeValueAsString(SampleIncidents.open("i-1", SampleIncidents.ONSET))
            .replaceFirst("\\{", "{\"addedLater\":true,");

    assertThat(json).isEqualTo("{\"a\":2,\"b\":1,\"c\":3}");
    assertThat(HealJson.mapper().readValue(withExtra, Incident.class).id()).isEqualTo("i-1");
  }

  @Test
  void prettyMapperIndents() throws Exception {
    assertThat(HealJson.prettyMapper().writeValueAsString(Map.of("a", 1))).contains("\n  \"a\"");
  }
}
