package io.heal.core.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class HealThreadsTest {

  @Test
  void namesThreadsAndMakesThemDaemons() {
    Thread t = HealThreads.factory("heal-probe").newThread(() -> {});

    assertThat(t.getName()).isEqualTo("heal-probe-1");
    assertThat(t.isDaemon()).isTrue();
  }

  @Test
  void guardedPeriodicTaskKeepsRunningAfterAThrow() {
    ScheduledExecutorService scheduler = HealThreads.scheduler("test-sched");
    AtomicInteger runs = new AtomicInteger();
    AtomicReference<String> thread = new AtomicReference<>();
    try {
      scheduler.scheduleAtFixedRate(
          HealThreads.guarded(
              "flaky",
              () -> {
                thread.set(Thread.currentThread().getName());
                if (runs.incrementAndGet() == 1) {
                  throw new IllegalStateException("first run fails");
                }
              }),
          0,
          1,
          TimeUnit.MILLISECONDS);

      await().untilAsserted(() -> assertThat(runs.get()).isGreaterThanOrEqualTo(3));
      assertThat(thread.get()).isEqualTo("test-sched-1");
    } finally {
      scheduler.shutdownNow();
    }
  }
}
