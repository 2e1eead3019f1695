package io.heal.daemon;

import io.heal.core.audit.AuditTrail;
import io.heal.core.incident.IncidentStore;
import io.heal.core.spec.ControlSpec;
import io.heal.core.spec.EscalationSpec;
import io.heal.core.spec.HealSpec;
import io.heal.core.spec.LogSpec;
import io.heal.core.spec.ProbeSpec;
import io.heal.core.spec.ReleaseSpec;
import io.heal.core.spec.RestartPolicySpec;
import io.heal.core.spec.ServiceSpec;
import io.heal.core.spec.StopSpec;
import io.heal.core.time.HealClock;
import io.heal.probe.ProbeResources;
import io.heal.probe.Probes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Specs for engine tests, built without the config module. */
final class Specs {

  static final RestartPolicySpec FAST_RESTARTS =
      new RestartPolicySpec(
          Duration.ofMillis(50),
          Duration.ofMillis(400),
          2.0,
          0.0,
          Duration.ofSeconds(60),
          3,
          Duration.ofSeconds(60));

  private Specs() {}

  /** Engine options with real probes, and no audit trail, notifier or randomness. */
  static EngineOptions probing(HealClock clock, IncidentStore store, ProbeResources probes) {
    return new EngineOptions(
        clock,
        store,
        AuditTrail.none(),
        (s, i, r) -> {},
        (service, p) -> Probes.create(service, p, clock, probes),
        () -> 0.5);
  }

  static ServiceSpec service(String name, Path dir, List<String> command) {
    return service(
        name, dir, command, List.of(), FAST_RESTARTS, Set.of(), EscalationSpec.logOnly());
  }

  static ServiceSpec service(
      String name,
      Path dir,
      List<String> command,
      List<ProbeSpec> probes,
      RestartPolicySpec restart,
      Set<Integer> noRestart,
      EscalationSpec escalation) {
    return ServiceSpec.ofCommand(
        name,
        dir,
        command,
        probes,
        restart,
        noRestart,
        new StopSpec("TERM", Duration.ofSeconds(2)),
        escalation);
  }

  /** A service with releases v1 and v2 (each a command), v1 current and known-good. */
  static ServiceSpec withReleases(
      String name, Path dir, List<String> v1, List<String> v2, Duration promotion) {
    return new ServiceSpec(
        name,
        dir,
        Map.of(),
        List.of(),
        Map.of(
            "v1", new ReleaseSpec("v1", v1, Optional.empty()),
            "v2", new ReleaseSpec("v2", v2, Optional.empty())),
        "v1",
        "v1",
        promotion,
        List.of(),
        FAST_RESTARTS,
        Set.of(),
        new StopSpec("TERM", Duration.ofSeconds(2)),
        EscalationSpec.logOnly(),
        LogSpec.defaults(),
        false,
        io.heal.core.spec.DetectionSpec.defaults());
  }

  static HealSpec heal(Path dataDir, ServiceSpec... services) {
    return new HealSpec(dataDir, new ControlSpec("127.0.0.1", 0), List.of(services));
  }
}
