package io.heal.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogDirectoryWatchTest {

  private static final Duration GENEROUS = Duration.ofSeconds(30);

  @TempDir Path dir;

  @Test
  void tellsWhenAWatchedFileIsWritten() throws Exception {
    AtomicInteger told = new AtomicInteger();
    try (LogDirectoryWatch watch = new LogDirectoryWatch(dir)) {
      watch.onWrite("api.log", told::incrementAndGet);

      append("api.log", "hello\n");

      await().atMost(GENEROUS).until(() -> told.get() >= 1);
    }
  }

  @Test
  void tellsEachFileOncePerBatchOfInterleavedWrites() throws Exception {
    AtomicInteger starter = new AtomicInteger();
    AtomicInteger a = new AtomicInteger();
    AtomicInteger b = new AtomicInteger();
    try (LogDirectoryWatch watch =
        new LogDirectoryWatch(dir, Duration.ofSeconds(2), Runnable::run)) {
      watch.onWrite("starter.log", starter::incrementAndGet);
      watch.onWrite("a.log", a::incrementAndGet);
      watch.onWrite("b.log", b::incrementAndGet);
      // a first write is told at once and opens a batch
      append("starter.log", "x\n");
      await().atMost(GENEROUS).until(() -> starter.get() == 1);

      for (int i = 0; i < 3; i++) {
        append("a.log", "a\n");
        append("b.log", "b\n");
      }

      await().atMost(GENEROUS).until(() -> a.get() >= 1 && b.get() >= 1);
      // told one by one they would be 3 each; a batch boundary may at worst split them in two
      assertThat(a.get()).isLessThan(3);
      assertThat(b.get()).isLessThan(3);
    }
  }

  @Test
  void stopsTellingAForgottenFile() throws Exception {
    AtomicInteger forgotten = new AtomicInteger();
    AtomicInteger kept = new AtomicInteger();
    try (LogDirectoryWatch watch = new LogDirectoryWatch(dir, Duration.ZERO, Runnable::run)) {
      watch.onWrite("old.log", forgotten::incrementAndGet);
      watch.onWrite("new.log", kept::incrementAndGet);
      watch.forget("old.log");

      append("old.log", "unheard\n");
      append("new.log", "heard\n");

      await().atMost(GENEROUS).until(() -> kept.get() >= 1);
      assertThat(forgotten.get()).isZero();
    }
  }

  @Test
  void tellsEachBatchAsOneTaskOnTheExecutorGiven() throws Exception {
    List<Runnable> tasks = new CopyOnWriteArrayList<>();
    List<String> told = new CopyOnWriteArrayList<>();
    try (LogDirectoryWatch watch = new LogDirectoryWatch(dir, Duration.ofSeconds(2), tasks::add)) {
      watch.onWrite("starter.log", () -> told.add("starter"));
      watch.onWrite("a.log", () -> told.add("a"));
      watch.onWrite("b.log", () -> told.add("b"));
      // a first write is handed over at once and opens a batch
      append("starter.log", "x\n");
      await().atMost(GENEROUS).until(() -> tasks.size() == 1);
      assertThat(told).isEmpty(); // nothing runs on the watch thread

      append("a.log", "a\n");
      append("b.log", "b\n");
      await().atMost(GENEROUS).until(() -> tasks.size() >= 2);
      await()
          .atMost(GENEROUS)
          .until(
              () -> {
                tasks.forEach(Runnable::run);
                boolean all = told.containsAll(List.of("starter", "a", "b"));
                told.clear();
                return all;
              });

      // one task for both, unless a batch boundary fell between the two writes
      assertThat(tasks).hasSizeLessThanOrEqualTo(3);
    }
  }

  @Test
  void keepsTellingTheOtherFilesWhenOneCallbackThrows() throws Exception {
    AtomicInteger kept = new AtomicInteger();
    try (LogDirectoryWatch watch = new LogDirectoryWatch(dir, Duration.ZERO, Runnable::run)) {
      watch.onWrite(
          "bad.log",
          () -> {
            throw new IllegalStateException("reader broke");
          });
      watch.onWrite("good.log", kept::incrementAndGet);

      append("bad.log", "x\n");
      append("good.log", "y\n");
      await().atMost(GENEROUS).until(() -> kept.get() >= 1);
      append("good.log", "z\n");

      await().atMost(GENEROUS).until(() -> kept.get() >= 2);
    }
  }

  private void append(String file, String text) throws Exception {
    Files.writeString(
        dir.resolve(file), text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
