package io.heal.daemon.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.heal.core.concurrent.HealThreads;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GridTimerTest {

  private final AtomicInteger scheduled = new AtomicInteger();
  private final ScheduledThreadPoolExecutor loop =
      new ScheduledThreadPoolExecutor(1, HealThreads.factory("grid-test")) {
        @Override
        protected <V> RunnableScheduledFuture<V> decorateTask(
            Runnable task, RunnableScheduledFuture<V> future) {
          scheduled.incrementAndGet();
          return future;
        }
      };
  private final GridTimer grid = new GridTimer(loop, Duration.ofMillis(100));
  private final Timers timers = new Timers(loop, grid);
  private final List<String> ran = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    loop.shutdownNow();
  }

  @Test
  void roundsADueTimeUpToTheNextGridLine() {
    // due at 15 on a grid of 20: line 1, at 20
    assertThat(GridTimer.lineAtOrAfter(15, 20)).isEqualTo(1);
  }

  @Test
  void keepsADueTimeThatIsOnTheGrid() {
    assertThat(GridTimer.lineAtOrAfter(40, 20)).isEqualTo(2);
  }

  @Test
  void laysTheGridOnNegativeReadingsToo() {
    // System.nanoTime() may be negative: due at -7 runs at 0
    assertThat(GridTimer.lineAtOrAfter(-7, 20)).isEqualTo(0);
    assertThat(GridTimer.lineAtOrAfter(-27, 20)).isEqualTo(-1);
  }

  @Test
  void runsTasksDueOnOneLineInOneTaskOfTheLoop() {
    loop.execute(
        () -> {
          for (int i = 0; i < 5; i++) {
            String name = "task-" + i;
            onGrid(timers, Duration.ZERO, () -> ran.add(name));
          }
        });

    await().atMost(Duration.ofSeconds(10)).until(() -> ran.size() == 5);
    assertThat(ran).containsExactly("task-0", "task-1", "task-2", "task-3", "task-4");
    // the execute above, then one tick (two, should a grid line pass between the five calls)
    assertThat(scheduled.get()).isBetween(2, 3);
  }

  @Test
  void runsATaskNoEarlierThanItsDelay() {
    long[] ranAt = new long[1];
    long[] askedAt = new long[1];
    loop.execute(
        () -> {
          askedAt[0] = System.nanoTime();
          onGrid(
              timers,
              Duration.ofMillis(150),
              () -> {
                ranAt[0] = System.nanoTime();
                ran.add("late");
              });
        });

    await().atMost(Duration.ofSeconds(10)).until(() -> ran.contains("late"));
    assertThat(ranAt[0] - askedAt[0]).isGreaterThanOrEqualTo(Duration.ofMillis(150).toNanos());
  }

  @Test
  void skipsTasksOfACancelledGeneration() {
    loop.execute(
        () -> {
          onGrid(timers, Duration.ofMillis(50), () -> ran.add("old"));
          timers.cancelGeneration();
          onGrid(timers, Duration.ofMillis(50), () -> ran.add("new"));
          onGrid(timers, Duration.ofMillis(250), () -> ran.add("later"));
        });

    await().atMost(Duration.ofSeconds(10)).until(() -> ran.contains("later"));
    assertThat(ran).containsExactly("new", "later");
  }

  @Test
  void aTaskThatThrowsDoesNotStopTheOthersOnItsLine() {
    loop.execute(
        () -> {
          onGrid(
              timers,
              Duration.ZERO,
              () -> {
                throw new IllegalStateException("boom");
              });
          onGrid(timers, Duration.ZERO, () -> ran.add("after"));
          onGrid(timers, Duration.ofMillis(200), () -> ran.add("next line"));
        });

    await().atMost(Duration.ofSeconds(10)).until(() -> ran.contains("next line"));
    assertThat(ran).containsExactly("after", "next line");
  }

  @Test
  void runsPeriodicWorkDueWithinOneStepOfTheCoarserGridOnItsLine() throws Exception {
    long step = Duration.ofMillis(500).toNanos();
    long[] line = new long[1];
    List<Long> ranAt = new CopyOnWriteArrayList<>();
    int before =
        loop.submit(
                () -> {
                  int tasksBefore = scheduled.get();
                  // the first line of the 500 ms grid at least 700 ms away, and three tasks due
                  // in the step before it: 450, 250 and 50 ms before the line
                  line[0] = GridTimer.lineAtOrAfter(Timers.nowNanos() + 700_000_000L, step) * step;
                  for (long early : new long[] {450, 250, 50}) {
                    grid.scheduleAt(
                        line[0] - early * 1_000_000,
                        step,
                        timers,
                        0,
                        () -> ranAt.add(System.nanoTime()));
                  }
                  return tasksBefore;
                })
            .get();

    await().atMost(Duration.ofSeconds(10)).until(() -> ranAt.size() == 3);
    assertThat(ranAt).allMatch(t -> t >= line[0]);
    // one tick of the loop for all three
    assertThat(scheduled.get() - before).isEqualTo(1);
  }

  @Test
  void theNextDueIsAPeriodAfterTheLastDueNotAfterTheRun() {
    long now = Timers.nowNanos();
    long due = now + 5_000_000_000L;

    assertThat(Timers.nextDue(due, Duration.ofSeconds(1))).isEqualTo(due + 1_000_000_000L);
  }

  @Test
  void aRunThatCameMoreThanAPeriodLateIsNotCaughtUpWith() {
    long before = Timers.nowNanos();
    long longAgo = before - 10_000_000_000L;

    long next = Timers.nextDue(longAgo, Duration.ofSeconds(1));

    assertThat(next).isBetween(before, Timers.nowNanos());
  }

  @Test
  void runsWhatOtherThreadsPostOnTheLoop() {
    List<String> threads = new CopyOnWriteArrayList<>();
    for (int i = 0; i < 3; i++) {
      grid.post(() -> threads.add(Thread.currentThread().getName()));
    }

    await().atMost(Duration.ofSeconds(10)).until(() -> threads.size() == 3);
    assertThat(threads).allMatch(t -> t.startsWith("grid-test"));
    // three posts between two lines: one task of the loop
    assertThat(scheduled.get()).isBetween(1, 2);
  }

  @Test
  void runsWhatIsPostedBeforeTheNextTickInThatTick() throws Exception {
    long second = Duration.ofSeconds(1).toNanos();
    GridTimer slow = new GridTimer(loop, Duration.ofNanos(second));
    Timers slowTimers = new Timers(loop, slow);
    while (true) {
      // arm a tick on the next line; when that is too close to post before it, try the one after
      int seen = ran.size();
      long line =
          loop.submit(
                  () -> {
                    onGrid(slowTimers, Duration.ZERO, () -> ran.add("tick"));
                    return GridTimer.lineAtOrAfter(System.nanoTime(), second);
                  })
              .get();
      if (line * second - System.nanoTime() > Duration.ofMillis(200).toNanos()) {
        break;
      }
      await().atMost(Duration.ofSeconds(10)).until(() -> ran.size() > seen);
    }
    int before = scheduled.get();

    slow.post(() -> ran.add("posted"));
    slow.post(() -> ran.add("posted"));

    // no task of their own: the tick runs them after its own
    assertThat(scheduled.get()).isEqualTo(before);
    await().atMost(Duration.ofSeconds(10)).until(() -> ran.contains("posted"));
    assertThat(ran).endsWith("tick", "posted", "posted");
  }

  /** On the loop: runs {@code task} on the first line of the grid at or after {@code delay}. */
  private static void onGrid(Timers timers, Duration delay, Runnable task) {
    timers.onGridAt(Timers.nowNanos() + delay.toNanos(), Duration.ZERO, task);
  }
}
