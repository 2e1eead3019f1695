package io.heal.supervisor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every {@link DirectoryEvents} must do. */
abstract class DirectoryEventsContract {

  private static final Duration GENEROUS = Duration.ofSeconds(30);

  @TempDir Path dir;

  abstract DirectoryEvents watch(Path dir) throws Exception;

  @Test
  void tellsTheNamesOfFilesCreatedOrWritten() throws Exception {
    try (DirectoryEvents events = watch(dir)) {
      append("a.log");
      append("b.log");
      append("a.log");

      Set<String> seen = new HashSet<>();
      while (!seen.containsAll(Set.of("a.log", "b.log"))) {
        assertThat(events.take(seen)).isTrue();
      }
      assertThat(seen).containsExactlyInAnyOrder("a.log", "b.log");
    }
  }

  @Test
  void tellsAWriteMadeBetweenTwoTakesToTheNextOne() throws Exception {
    try (DirectoryEvents events = watch(dir)) {
      append("first.log");
      Set<String> seen = new HashSet<>();
      while (!seen.contains("first.log")) {
        events.take(seen);
      }

      append("later.log");
      Set<String> next = new HashSet<>();
      while (!next.contains("later.log")) {
        assertThat(events.take(next)).isTrue();
      }
    }
  }

  @Test
  void closeWakesAThreadWaitingInTake() throws Exception {
    DirectoryEvents events = watch(dir);
    CompletableFuture<Throwable> ended = new CompletableFuture<>();
    Thread taker =
        new Thread(
            () -> {
              try {
                while (true) {
                  events.take(new HashSet<>());
                }
              } catch (Throwable t) {
                ended.complete(t);
              }
            });
    taker.start();
    await().atMost(GENEROUS).until(() -> taker.getState() != Thread.State.NEW);

    events.close();

    await().atMost(GENEROUS).until(ended::isDone);
    assertThat(ended.get()).isInstanceOf(ClosedWatchServiceException.class);
  }

  private void append(String file) throws Exception {
    Files.writeString(
        dir.resolve(file), "line\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
