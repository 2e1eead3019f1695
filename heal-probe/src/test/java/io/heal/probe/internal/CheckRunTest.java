package io.heal.probe.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.heal.core.signal.ProbeResult;
import io.heal.core.time.FakeClock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CheckRunTest {

  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final FakeClock clock = new FakeClock();

  @AfterEach
  void stopScheduler() {
    scheduler.shutdownNow();
  }

  private static ProbeResult resultOf(CheckRun run) throws Exception {
    return run.result().toCompletableFuture().get(20, TimeUnit.SECONDS);
  }

  @Test
  void measuresLatencyOnTheInjectedClock() throws Exception {
    CheckRun run = CheckRun.start("svc", "p", clock, Duration.ofHours(1), scheduler, () -> {});

    clock.advance(Duration.ofMillis(42));
    run.pass("HTTP 200");

    ProbeResult result = resultOf(run);
    assertThat(result.latency()).isEqualTo(Duration.ofMillis(42));
    assertThat(result.at()).isEqualTo(FakeClock.DEFAULT_START.plusMillis(42));
    assertThat(result.healthy()).isTrue();
    assertThat(result.detail()).isEqualTo("HTTP 200");
  }

  @Test
  void timesOutAndReleasesOnceDeadlinePasses() throws Exception {
    AtomicInteger released = new AtomicInteger();
    CheckRun run =
        CheckRun.start(
            "svc", "p", clock, Duration.ofMillis(50), scheduler, released::incrementAndGet);

    ProbeResult result = resultOf(run);

    assertThat(result.timedOut()).isTrue();
    assertThat(result.healthy()).isFalse();
    assertThat(result.detail()).isEqualTo("timed out after 50ms");
    await().atMost(Duration.ofSeconds(60)).until(() -> released.get() == 1);
  }

  @Test
  void keepsTheFirstOutcome() throws Exception {
    AtomicInteger released = new AtomicInteger();
    CheckRun run =
        CheckRun.start(
            "svc", "p", clock, Duration.ofHours(1), scheduler, released::incrementAndGet);

    run.fail("HTTP 503");
    run.pass("HTTP 200");

    assertThat(resultOf(run).detail()).isEqualTo("HTTP 503");
    assertThat(run.timedOut()).isFalse();
    assertThat(released.get()).isZero();
  }

  @Test
  void timeoutSurvivesAThrowingRelease() throws Exception {
    CheckRun run =
        CheckRun.start(
            "svc",
            "p",
            clock,
            Duration.ofMillis(10),
            scheduler,
            () -> {
              throw new IllegalStateException("boom");
            });

    assertThat(resultOf(run).timedOut()).isTrue();
  }

  @Test
  void failsWhenTheSchedulerRefusesTheDeadline() throws Exception {
    scheduler.shutdownNow();

    CheckRun run = CheckRun.start("svc", "p", clock, Duration.ofSeconds(1), scheduler, () -> {});

    assertThat(resultOf(run).detail()).startsWith("cannot schedule timeout");
  }
}
