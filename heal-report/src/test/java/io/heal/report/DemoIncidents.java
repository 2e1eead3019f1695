package io.heal.report;

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

/** Incidents like the ones the runtime demo produces, with hostile text in their log lines. */
final class DemoIncidents {

  static final Instant T0 = Instant.parse("2026-11-24T08:35:12.417Z");

  private DemoIncidents() {}

  static Incident crash() {
    Instant onset = T0;
    Evidence evidence =
        new Evidence(
            Optional.of(137),
            Optional.of("KILL"),
            List.of(),
            List.of(
                "08:35:12.101 INFO  GET /orders 200 3ms",
                "08:35:12.288 WARN  slow query <script>alert('x')</script> took 140ms",
                "08:35:12.301 INFO  GET /orders/42 200 2ms"),
            Optional.empty(),
            List.of(),
            Map.of("pid", "48211", "uptime", "12m03s"));
    return Incident.open(
            "20261124-083512-417-api",
            "api",
            IncidentKind.CRASH,
            "v1",
            onset,
            onset.plusMillis(3),
            evidence,
            "killed by SIGKILL")
        .withStep(
            onset.plusMillis(4), Step.REMEDY_CHOSEN, "restart: 1st restart in 60 s, back-off 0 ms")
        .withStep(onset.plusMillis(5), Step.REMEDY_STARTED, "restart issued, pid 48230")
        .withStep(onset.plusMillis(380), Step.REMEDY_FINISHED, "process started")
        .resolved(onset.plusMillis(412), "probe http: HTTP 200 in 4 ms");
  }

  static Incident hang() {
    Instant onset = T0.plusSeconds(20);
    List<ProbeResult> probes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      probes.add(
          new ProbeResult(
              "api",
              onset.plusMillis(500L * i),
              "http",
              false,
              true,
              Duration.ofMillis(500),
              "timed out after 500 ms"));
    }
    StringBuilder dump = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      dump.append("\"worker-").append(i).append("\" #").append(20 + i).append(" prio=5\n");
      dump.append("   java.lang.Thread.State: BLOCKED (on object monitor <0x00000000d3>)\n");
    }
    return Incident.open(
            "20261124-083532-417-api",
            "api",
            IncidentKind.HANG,
            "v1",
            onset,
            onset.plusMillis(1510),
            new Evidence(
                    Optional.empty(),
                    Optional.empty(),
                    probes,
                    List.of("08:35:32.410 INFO  GET /orders 200 2ms"),
                    Optional.empty(),
                    List.of(),
                    Map.of())
                .withThreadDump(dump.toString()),
            "3 probes in a row timed out")
        .withStep(
            onset.plusMillis(1512), Step.REMEDY_CHOSEN, "restart: hung process, dump then kill")
        .withStep(onset.plusMillis(1790), Step.REMEDY_STARTED, "thread dump taken, SIGKILL sent")
        .resolved(onset.plusMillis(3240), "probe http: HTTP 200 in 5 ms");
  }

  static Incident latencyAnomaly() {
    Instant onset = T0.plusSeconds(60);
    Anomaly anomaly =
        new Anomaly(
            "api",
            onset,
            "http_request_duration_seconds_p95",
            "ewma",
            0.45,
            0.12,
            0.08,
            0.97,
            Severity.HIGH,
            "p95 latency 450 ms, 4.1 sigma above its 1-hour baseline of 120 ms");
    return Incident.open(
            "20261124-083612-417-api",
            "api",
            IncidentKind.ANOMALY,
            "v2",
            onset,
            onset.plusSeconds(10),
            new Evidence(
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                Optional.empty(),
                List.of(anomaly),
                Map.of()),
            "latency anomaly")
        .withStep(onset.plusSeconds(10).plusMillis(2), Step.REMEDY_CHOSEN, "rollback to v1")
        .withStep(onset.plusSeconds(10).plusMillis(3), Step.REMEDY_STARTED, "rollback issued")
        .resolved(onset.plusSeconds(12), "probe http: HTTP 200 in 3 ms");
  }

  static Incident crashLoop() {
    Instant onset = T0.plusSeconds(120);
    Incident incident =
        Incident.open(
            "20261124-083712-417-worker",
            "worker",
            IncidentKind.CRASH,
            "v1",
            onset,
            onset.plusMillis(2),
            new Evidence(
                Optional.of(1),
                Optional.empty(),
                List.of(),
                List.of(
                    "Exception in thread \"main\" java.lang.IllegalStateException: DB_URL unset"),
                Optional.empty(),
                List.of(),
                Map.of()),
            "exit code 1");
    for (int i = 1; i <= 5; i++) {
      incident =
          incident.withStep(
              onset.plusMillis(200L * i * i), Step.REMEDY_STARTED, "restart " + i + " of 5");
    }
    return incident.escalated(onset.plusMillis(5300), "5 restarts in 60 s: restart budget spent");
  }

  static List<Incident> all() {
    return List.of(crash(), hang(), latencyAnomaly(), crashLoop());
  }
}
