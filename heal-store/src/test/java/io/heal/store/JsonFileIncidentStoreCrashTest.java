package io.heal.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.core.incident.Incident;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real kill -9 of a process in the middle of saving: every acknowledged save survives. */
class JsonFileIncidentStoreCrashTest {

  @TempDir Path dir;

  @Test
  void everySaveThatReturnedSurvivesAKillMinusNineAndNoFileIsTorn() throws Exception {
    List<String> ids = KilledChild.runAndKill("incidents", dir, 25);

    List<UnreadableFile> torn = new ArrayList<>();
    JsonFileIncidentStore store = new JsonFileIncidentStore(dir, torn::add);
    List<Incident> listed = store.list();

    assertThat(ids).hasSizeGreaterThanOrEqualTo(25);
    assertThat(torn).isEmpty();
    for (int i = 0; i < ids.size(); i++) {
      assertThat(ids.get(i)).isEqualTo(CrashingWriter.idOf(i));
      assertThat(store.find(ids.get(i))).contains(CrashingWriter.expected(ids.get(i), i));
    }
    // at most one save was under way when the kill landed; it is there whole or not at all
    assertThat(listed.size()).isBetween(ids.size(), ids.size() + 1);
  }
}
