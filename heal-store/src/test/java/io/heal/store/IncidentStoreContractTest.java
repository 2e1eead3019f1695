package io.heal.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.core.incident.Incident;
import io.heal.core.incident.IncidentStore;
import io.heal.core.incident.Step;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link IncidentStore} must do. A store implementation extends this and says how to
 * open itself on a directory; opening twice on one directory must see the same incidents.
 */
abstract class IncidentStoreContractTest {

  @TempDir Path dir;

  /** Opens the store kept under {@code dir}. */
  protected abstract IncidentStore open(Path dir);

  @Test
  void findsASavedIncidentWithEveryField() {
    IncidentStore store = open(dir);
    Incident incident =
        SampleIncidents.resolvedCrash("20261124-083512-417-api", SampleIncidents.ONSET, 3);

    store.save(incident);

    assertThat(store.find(incident.id())).contains(incident);
  }

  @Test
  void findsNothingForAnUnknownId() {
    IncidentStore store = open(dir);
    store.save(SampleIncidents.open("known", SampleIncidents.ONSET));

    assertThat(store.find("unknown")).isEmpty();
  }

  @Test
  void listsNothingWhenEmpty() {
    assertThat(open(dir).list()).isEmpty();
  }

  @Test
  void savingAKnownIdReplacesTheIncident() {
    IncidentStore store = open(dir);
    Incident first = SampleIncidents.open("i-1", SampleIncidents.ONSET);
    Incident later = first.withStep(SampleIncidents.ONSET.plusSeconds(3), Step.NOTE, "still down");

    store.save(first);
    store.save(later);

    assertThat(store.find("i-1")).contains(later);
    assertThat(store.list()).containsExactly(later);
  }

  @Test
  void listsOldestOnsetFirstThenById() {
    IncidentStore store = open(dir);
    Incident newest = SampleIncidents.open("a-newest", SampleIncidents.ONSET.plusSeconds(60));
    Incident tieB = SampleIncidents.open("b-tie", SampleIncidents.ONSET);
    Incident tieA = SampleIncidents.open("a-tie", SampleIncidents.ONSET);
    Incident oldest = SampleIncidents.open("z-oldest", SampleIncidents.ONSET.minusSeconds(60));

    store.save(newest);
    store.save(tieB);
    store.save(oldest);
    store.save(tieA);

    assertThat(store.list()).containsExactly(oldest, tieA, tieB, newest);
  }

  @Test
  void savedIncidentsSurviveReopening() {
    Incident incident = SampleIncidents.resolvedCrash("i-1", SampleIncidents.ONSET, 2);
    open(dir).save(incident);

    IncidentStore reopened = open(dir);

    assertThat(reopened.find("i-1")).contains(incident);
    assertThat(reopened.list()).containsExactly(incident);
  }

  @Test
  void concurrentSavesAllLand() throws Exception {
    IncidentStore store = open(dir);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> saves = new ArrayList<>();
    List<Incident> expected = new ArrayList<>();
    try {
      for (int i = 0; i < 40; i++) {
        Incident incident =
            SampleIncidents.open(String.format("i-%03d", i), SampleIncidents.ONSET.plusSeconds(i));
        expected.add(incident);
        saves.add(pool.submit(() -> store.save(incident)));
      }
      for (Future<?> save : saves) {
        save.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(store.list()).containsExactlyElementsOf(expected);
  }
}
