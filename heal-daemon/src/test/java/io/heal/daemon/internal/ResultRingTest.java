package io.heal.daemon.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.core.signal.ProbeResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultRingTest {

  private static final Instant T0 = Instant.parse("2026-11-24T16:00:00.123456789Z");

  @Test
  void keepsTheNewestResultsOldestFirstAndRebuildsThemEqual() {
    ResultRing ring = new ResultRing(3);
    List<ProbeResult> added = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ProbeResult r = result(i, i % 2 == 0, i == 3, "HTTP " + (200 + i));
      added.add(r);
      ring.add(r);
    }

    List<ProbeResult> kept = new ArrayList<>();
    ring.addTo(kept);

    assertThat(ring.size()).isEqualTo(3);
    assertThat(kept).containsExactlyElementsOf(added.subList(2, 5));
  }

  @Test
  void keepsOneStringForARepeatedDetail() {
    ResultRing ring = new ResultRing(4);
    ring.add(result(0, true, false, new String("HTTP 200")));
    ring.add(result(1, true, false, new String("HTTP 200")));

    List<ProbeResult> kept = new ArrayList<>();
    ring.addTo(kept);

    assertThat(kept.get(1).detail()).isSameAs(kept.get(0).detail());
  }

  @Test
  void tellsWhetherTheNewestResultsAllTimedOut() {
    ResultRing ring = new ResultRing(4);
    ring.add(result(0, false, false, "HTTP 503"));
    ring.add(result(1, false, true, "timed out after 500ms"));
    ring.add(result(2, false, true, "timed out after 500ms"));

    assertThat(ring.newestAllTimedOut(2)).isTrue();
    assertThat(ring.newestAllTimedOut(3)).isFalse();
    assertThat(ring.newestAllTimedOut(0)).isTrue();
  }

  private static ProbeResult result(int i, boolean healthy, boolean timedOut, String detail) {
    return new ProbeResult(
        "api", T0.plusMillis(1000L * i), "http", healthy, timedOut, Duration.ofMillis(i), detail);
  }
}
