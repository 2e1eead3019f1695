package io.heal.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.heal.core.incident.Incident;
import io.heal.core.service.ServiceState;
import io.heal.core.service.ServiceStatus;
import io.heal.core.signal.ProbeResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HealJsonTest {

  /** How Heal wrote JSON with jackson-databind before: the format files on disk are in. */
  private static final ObjectMapper DATABIND =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .build();

  @Test
  void writesTimesAndDurationsAsIsoStringsAndEmptyOptionalsAsNull() throws Exception {
    Incident open = SampleIncidents.open("i-1", SampleIncidents.ONSET);

    String json = HealJson.json().asString(open);

    assertThat(json)
        .contains("\"onsetAt\":\"2026-11-24T08:35:12.417Z\"")
        .contains("\"timeToDetect\":\"PT2S\"")
        .contains("\"timeToRecover\":null")
        .doesNotContain("\n");
    assertThat(HealJson.json().beanFrom(Incident.class, json)).isEqualTo(open);
  }

  @Test
  void writesTheBytesJacksonDatabindWroteBefore() throws Exception {
    Incident full = SampleIncidents.resolvedCrash("i-2", SampleIncidents.ONSET, 3);
    Incident open = SampleIncidents.open("i-1", SampleIncidents.ONSET);
    ServiceStatus status =
        new ServiceStatus(
            "api",
            ServiceState.RUNNING,
            "v2",
            "v1",
            Optional.of(4242L),
            2,
            SampleIncidents.ONSET,
            Optional.empty());

    for (Object value : List.of(full, open, status, Map.of("z", 1, "a", List.of("x")))) {
      assertThat(HealJson.json().asString(value)).isEqualTo(DATABIND.writeValueAsString(value));
      assertThat(HealJson.pretty().asString(value))
          .isEqualTo(DATABIND.writerWithDefaultPrettyPrinter().writeValueAsString(value));
    }
  }

  @Test
  void readsWhatJacksonDatabindWroteAndBack() throws Exception {
    Incident full = SampleIncidents.resolvedCrash("i-2", SampleIncidents.ONSET, 3);
    String old = DATABIND.writerWithDefaultPrettyPrinter().writeValueAsString(full);

    Incident read = HealJson.json().beanFrom(Incident.class, old);

    assertThat(read).isEqualTo(full);
    assertThat(read.evidence().exitCode()).contains(137);
    assertThat(read.timeToRecover()).hasValueSatisfying(d -> assertThat(d).hasMillis(412));
    assertThat(DATABIND.readValue(HealJson.pretty().asString(full), Incident.class))
        .isEqualTo(full);
  }

  @Test
  void sortsMapKeysAndIgnoresUnknownFieldsOnRead() throws Exception {
    String json = HealJson.json().asString(Map.of("b", 1, "a", 2, "c", 3));
    String withExtra =
        HealJson.json()
            .asString(SampleIncidents.open("i-1", SampleIncidents.ONSET))
            .replaceFirst("\\{", "{\"addedLater\":{\"deep\":[1,2]},");

    assertThat(json).isEqualTo("{\"a\":2,\"b\":1,\"c\":3}");
    assertThat(HealJson.json().beanFrom(Incident.class, withExtra).id()).isEqualTo("i-1");
  }

  @Test
  void readsMissingComponentsAsEmptyNullOrZero() throws Exception {
    ProbeResult r =
        HealJson.json().beanFrom(ProbeResult.class, "{\"service\":\"api\",\"probe\":\"http\"}");
    Incident i = HealJson.json().beanFrom(Incident.class, "{\"id\":\"i-3\",\"timeline\":[]}");

    assertThat(r.healthy()).isFalse();
    assertThat(r.latency()).isNull();
    assertThat(i.timeToRecover()).isEmpty();
  }

  @Test
  void prettyIndents() throws Exception {
    assertThat(HealJson.pretty().asString(Map.of("a", 1))).contains("\n  \"a\"");
  }
}
