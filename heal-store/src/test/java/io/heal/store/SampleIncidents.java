package io.heal.store;

import io.heal.core.anomaly.Anomaly;
import io.heal.core.anomaly.Severity;
import io.heal.core.incident.Evidence;
import io.heal.core.incident.Incident;
import io.heal.core.incident.IncidentKind;
import io.heal.core.incident.Step;
import io.heal.core.signal.ProbeResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Incidents with every field filled, so a round trip that drops one is caught. */
final class SampleIncidents {

  static final Instant ONSET = Instant.parse("2026-11-24T08:35:12.417Z");

  private SampleIncidents() {}

  /** A resolved crash with full evidence, onset {@code onset}. */
  static Incident resolvedCrash(String id, Instant onset, int logLines) {
    List<String> log = new ArrayList<>();
    for (int i = 0; i < logLines; i++) {
      log.add("line " + i + " of " + id + " <b>&amp; \"quoted\"</b> é");
    }
    Evidence evidence =
        new Evidence(
            Optional.of(137),
            Optional.of("KILL"),
            List.of(
                new ProbeResult(
                    "api", onset, "http", false, true, Duration.ofMillis(500), "timed out")),
            log,
            Optional.of("\"main\" #1 prio=5\n   java.lang.Thread.State: WAITING"),
            List.of(
                new Anomaly(
                    "api",
                    onset,
                    "latency_p95",
                    "ewma",
                    0.45,
                    0.12,
                    0.03,
                    0.97,
                    Severity.HIGH,
                    "p95 4.1 sigma above")),
            Map.of("pid", "4242", "release", "v1"));
    return Incident.open(
            id,
            "api",
            IncidentKind.CRASH,
            "v1",
            onset,
            onset.plusMillis(3),
            evidence,
            "killed by SIGKILL")
        .withStep(onset.plusMillis(4), Step.REMEDY_CHOSEN, "restart: 1 of 5 in 60s")
        .withStep(onset.plusMillis(5), Step.REMEDY_STARTED, "restart issued")
        .resolved(onset.plusNanos(412_345_678), "probe http passed");
  }

  /** An open incident with empty evidence. */
  static Incident open(String id, Instant onset) {
    return Incident.open(
        id,
        "worker",
        IncidentKind.HANG,
        "v2",
        onset,
        onset.plusSeconds(2),
        Evidence.empty(),
        "3 probes timed out");
  }
}
