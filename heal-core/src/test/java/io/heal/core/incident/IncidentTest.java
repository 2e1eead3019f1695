package io.heal.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IncidentTest {

  private static final Instant ONSET = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void measuresTimeToDetectAndRecoverFromOnset() {
    Incident open =
        Incident.open(
            "i-1",
            "api",
            IncidentKind.CRASH,
            "v1",
            ONSET,
            ONSET.plusMillis(3),
            Evidence.empty(),
            "exit code 1");

    Incident done = open.resolved(ONSET.plusMillis(400), "probe passed");

    assertThat(open.timeToDetect()).isEqualTo(Duration.ofMillis(3));
    assertThat(open.timeToRecover()).isEmpty();
    assertThat(done.status()).isEqualTo(IncidentStatus.RESOLVED);
    assertThat(done.timeToRecover()).contains(Duration.ofMillis(400));
    assertThat(done.timeline())
        .extracting(TimelineEntry::step)
        .containsExactly(Step.DETECTED, Step.VERIFIED_HEALTHY, Step.RESOLVED);
  }

  @Test
  void escalationKeepsTheTimelineAndMarksTheStatus() {
    Incident open =
        Incident.open(
            "i-2", "api", IncidentKind.CRASH, "v1", ONSET, ONSET, Evidence.empty(), "exit 1");

    Incident escalated =
        open.withStep(ONSET, Step.NOTE, "5 restarts in 60s").escalated(ONSET, "limit reached");

    assertThat(escalated.status()).isEqualTo(IncidentStatus.ESCALATED);
    assertThat(escalated.timeline()).hasSize(3);
    assertThat(escalated.firstStep(Step.ESCALATED)).isPresent();
    assertThat(open.timeline()).hasSize(1);
  }
}
