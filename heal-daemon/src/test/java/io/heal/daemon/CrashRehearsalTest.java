package io.heal.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.core.audit.AuditTrail;
import io.heal.core.incident.WriteAhead;
import io.heal.core.remedy.Decision;
import io.heal.core.remedy.Remedy;
import io.heal.core.spec.ServiceSpec;
import io.heal.core.time.HealClock;
import io.heal.daemon.internal.CrashRehearsal;
import io.heal.daemon.internal.EngineContext;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashRehearsalTest {

  @TempDir Path dir;

  @Test
  void decidesARestartWithoutRecordingOrDrawingRandomNumbers() {
    // given an engine context whose store, audit and random source would show any use
    MemoryIncidentStore store = new MemoryIncidentStore();
    AtomicInteger draws = new AtomicInteger();
    ScheduledExecutorService loop = io.heal.core.concurrent.HealThreads.scheduler("test-loop");
    try {
      EngineContext ctx =
          new EngineContext(
              HealClock.system(),
              loop,
              (service, probe) -> {
                throw new AssertionError("no probes here");
              },
              store,
              AuditTrail.none(),
              WriteAhead.none(),
              (service, incident, reason) -> {
                throw new AssertionError("no escalation here");
              },
              () -> {
                draws.incrementAndGet();
                return 0.5;
              },
              dir.resolve("logs"));
      ServiceSpec spec = Specs.service("api", dir, List.of("true"));

      // when a crash is rehearsed
      Decision decision = CrashRehearsal.run(ctx, spec);

      // then it reads as a restart, and nothing was stored or drawn
      assertThat(decision.remedy()).isEqualTo(Remedy.RESTART);
      assertThat(store.list()).isEmpty();
      assertThat(draws).hasValue(0);
    } finally {
      loop.shutdownNow();
    }
  }
}
