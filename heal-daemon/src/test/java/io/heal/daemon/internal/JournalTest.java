package io.heal.daemon.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.heal.core.audit.AuditEntry;
import io.heal.core.incident.Evidence;
import io.heal.core.incident.Incident;
import io.heal.core.incident.IncidentKind;
import io.heal.core.incident.IncidentStore;
import io.heal.core.incident.Step;
import io.heal.core.incident.WriteAhead;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

// a journal that wrote on the caller's thread would hang a test here, not fail it: hence @Timeout
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class JournalTest {

  private static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");

  /** A store whose writes wait until {@link #open} is counted down, and that lists them. */
  private static class GatedStore implements IncidentStore {
    final CountDownLatch open = new CountDownLatch(1);
    final CountDownLatch entered = new CountDownLatch(1);
    final List<Incident> written = new CopyOnWriteArrayList<>();

    @Override
    public void save(Incident incident) {
      entered.countDown();
      try {
        open.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      written.add(incident);
    }

    @Override
    public Optional<Incident> find(String id) {
      return written.stream().filter(i -> i.id().equals(id)).reduce((a, b) -> b);
    }

    @Override
    public List<Incident> list() {
      return new ArrayList<>(written);
    }
  }

  @Test
  void savesWithoutWaitingForTheDiskAndTellsOnlyOnceWritten() {
    // given a disk that does not finish writing yet
    GatedStore store = new GatedStore();
    try (Journal journal = new Journal(store, entry -> {}, WriteAhead.none())) {
      AtomicBoolean told = new AtomicBoolean();

      // when an incident is saved and then announced
      journal.save(incident("a", 1));
      journal.afterWrites(() -> told.set(true));

      // then the caller went on, and nobody was told while the write is pending
      assertThat(told).isFalse();
      assertThat(store.written).isEmpty();

      // and once the disk is done, the announcement follows the write
      store.open.countDown();
      await().atMost(30, TimeUnit.SECONDS).untilTrue(told);
      assertThat(store.written).extracting(Incident::id).containsExactly("a");
    }
  }

  @Test
  void skipsASnapshotThatANewerOneOfTheSameIncidentReplacedInTheQueue() {
    // given a write of incident a in progress
    GatedStore store = new GatedStore();
    try (Journal journal = new Journal(store, entry -> {}, WriteAhead.none())) {
      journal.save(incident("a", 1));
      await().atMost(30, TimeUnit.SECONDS).until(() -> store.entered.getCount() == 0);

      // when b is saved twice behind it
      journal.save(incident("b", 1));
      journal.save(incident("b", 2));
      AtomicBoolean done = new AtomicBoolean();
      journal.afterWrites(() -> done.set(true));
      store.open.countDown();
      await().atMost(30, TimeUnit.SECONDS).untilTrue(done);

      // then only b's newest snapshot was written, after a
      assertThat(store.written)
          .extracting(i -> i.id() + ":" + i.timeline().size())
          .containsExactly("a:1", "b:2");
    }
  }

  @Test
  void keepsTheOrderOfAuditEntriesAndWritesEverythingQueuedOnClose() {
    // given a journal with incidents and audit entries queued behind a slow write
    GatedStore store = new GatedStore();
    List<String> audited = new CopyOnWriteArrayList<>();
    Journal journal = new Journal(store, entry -> audited.add(entry.action()), WriteAhead.none());
    journal.save(incident("a", 1));
    for (int i = 0; i < 50; i++) {
      journal.append(new AuditEntry(T0, "heal", "act-" + i, "api", Map.of()));
    }
    journal.save(incident("b", 1));

    // when the disk is released and the journal closed
    store.open.countDown();
    journal.close();

    // then everything is written, in order
    assertThat(audited).hasSize(50).startsWith("act-0", "act-1").endsWith("act-49");
    assertThat(store.written).extracting(Incident::id).containsExactly("a", "b");
  }

  @Test
  void writesARecordThatArrivesAfterCloseInsteadOfLosingIt() {
    GatedStore store = new GatedStore();
    store.open.countDown();
    Journal journal = new Journal(store, entry -> {}, WriteAhead.none());
    journal.close();

    journal.save(incident("late", 1));

    assertThat(store.written).extracting(Incident::id).containsExactly("late");
  }

  /** A write-ahead log that lists what it keeps and the counts it is told were settled. */
  private static final class ListedWriteAhead implements WriteAhead {
    final List<String> kept = new CopyOnWriteArrayList<>();
    final List<Long> settled = new CopyOnWriteArrayList<>();

    @Override
    public void incident(Incident snapshot) {
      kept.add("incident " + snapshot.id());
    }

    @Override
    public void audit(AuditEntry entry) {
      kept.add("audit " + entry.action());
    }

    @Override
    public void settled(long count) {
      settled.add(count);
    }
  }

  @Test
  void keepsEachRecordAheadOfTheWriteAndCountsItSettledOnlyOnceWritten() {
    // given a disk that does not finish writing yet
    GatedStore store = new GatedStore();
    ListedWriteAhead ahead = new ListedWriteAhead();
    try (Journal journal = new Journal(store, entry -> {}, ahead)) {

      // when an incident and an audit entry are accepted
      journal.save(incident("a", 1));
      journal.append(new AuditEntry(T0, "heal", "restart", "api", Map.of()));

      // then both are kept before the caller goes on, and nothing is settled while the write hangs
      assertThat(ahead.kept).containsExactly("incident a", "audit restart");
      assertThat(ahead.settled).isEmpty();

      // and once the disk is done, both are counted settled, in order
      store.open.countDown();
      await().atMost(30, TimeUnit.SECONDS).until(() -> ahead.settled.contains(2L));
      assertThat(ahead.settled).containsExactly(1L, 2L);
    }
  }

  @Test
  void settlesNothingMoreAfterASaveFailedSoTheNextStartSavesItFromTheLog() {
    ListedWriteAhead ahead = new ListedWriteAhead();
    IncidentStore broken =
        new GatedStore() {
          @Override
          public void save(Incident incident) {
            throw new IllegalStateException("disk full");
          }
        };
    Journal journal = new Journal(broken, entry -> {}, ahead);

    journal.save(incident("a", 1));
    journal.append(new AuditEntry(T0, "heal", "restart", "api", Map.of()));
    journal.close();

    assertThat(ahead.kept).hasSize(2);
    assertThat(ahead.settled).isEmpty();
  }

  private static Incident incident(String id, int steps) {
    Incident i =
        Incident.open(
            id, "api", IncidentKind.CRASH, "v1", T0, T0, Evidence.empty(), "crashed: exit 3");
    for (int s = 1; s < steps; s++) {
      i = i.withStep(T0.plusMillis(s), Step.NOTE, "step " + s);
    }
    return i;
  }
}
