package io.heal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heal.core.incident.Incident;
import io.heal.core.incident.IncidentStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFileIncidentStoreTest extends IncidentStoreContractTest {

  @Override
  protected IncidentStore open(Path dir) {
    return new JsonFileIncidentStore(dir);
  }

  @Test
  void writesOneReadableJsonFilePerIncidentWithIsoTimes() throws Exception {
    JsonFileIncidentStore store = new JsonFileIncidentStore(dir);

    store.save(SampleIncidents.resolvedCrash("20261124-083512-417-api", SampleIncidents.ONSET, 1));

    try (var files = Files.list(dir)) {
      assertThat(files)
          .extracting(p -> p.getFileName().toString())
          .containsExactly("20261124-083512-417-api.json");
    }
    String json = Files.readString(dir.resolve("20261124-083512-417-api.json"));
    assertThat(json)
        .contains("\"onsetAt\" : \"2026-11-24T08:35:12.417Z\"")
        .contains("\"timeToDetect\" : \"PT0.003S\"")
        .contains("\"exitCode\" : 137")
        .contains("\n  ");
  }

  @Test
  void listSkipsAndReportsAnUnparseableFile() throws Exception {
    List<UnreadableFile> reported = new ArrayList<>();
    JsonFileIncidentStore store = new JsonFileIncidentStore(dir, reported::add);
    Incident good = SampleIncidents.open("good", SampleIncidents.ONSET);
    store.save(good);
    Files.writeString(dir.resolve("torn.json"), "{\"id\" : \"torn\", \"serv");

    List<Incident> listed = store.list();

    assertThat(listed).containsExactly(good);
    assertThat(reported)
        .singleElement()
        .satisfies(bad -> assertThat(bad.file().getFileName().toString()).isEqualTo("torn.json"));
  }

  @Test
  void ignoresLeftoverTempFilesAndDeletesStaleOnes() throws Exception {
    JsonFileIncidentStore store = new JsonFileIncidentStore(dir);
    Incident good = SampleIncidents.open("good", SampleIncidents.ONSET);
    store.save(good);
    Path stale = dir.resolve(".good.json.1234.tmp");
    Path fresh = dir.resolve(".other.json.5678.tmp");
    Files.writeString(stale, "{\"id\" : ");
    Files.writeString(fresh, "{\"id\" : ");
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(1))));

    List<Incident> listed = store.list();
    int deleted = store.deleteLeftoverTempFiles(Duration.ofMinutes(1));

    assertThat(listed).containsExactly(good);
    assertThat(deleted).isEqualTo(1);
    assertThat(stale).doesNotExist();
    assertThat(fresh).exists();
  }

  @Test
  void refusesAnIdThatIsNotAPlainFileName() {
    JsonFileIncidentStore store = new JsonFileIncidentStore(dir);

    assertThatThrownBy(() -> store.find("../etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id:")
        .hasMessageContaining("'../etc/passwd'");
    assertThatThrownBy(() -> store.save(SampleIncidents.open(".hidden", SampleIncidents.ONSET)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
