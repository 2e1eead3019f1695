package io.heal.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceSpecTest {

  private static ProbeSpec probe(String name, Duration startup) {
    return new ProbeSpec(
        name,
        new ProbeTarget.Tcp("127.0.0.1", 8080),
        ProbeSpec.DEFAULT_INTERVAL,
        ProbeSpec.DEFAULT_TIMEOUT,
        ProbeSpec.DEFAULT_FAILURE_THRESHOLD,
        ProbeSpec.DEFAULT_SUCCESS_THRESHOLD,
        startup);
  }

  private static ServiceSpec service(List<ProbeSpec> probes) {
    return new ServiceSpec(
        "api",
        Path.of("/srv"),
        Map.of("A", "1"),
        List.of("db"),
        Map.of(
            "v1", new ReleaseSpec("v1", List.of("./api"), Optional.empty()),
            "v2", new ReleaseSpec("v2", List.of("./api2"), Optional.of(Path.of("/releases/v2")))),
        "v1",
        "v1",
        ServiceSpec.DEFAULT_PROMOTION_PERIOD,
        probes,
        RestartPolicySpec.defaults(),
        Set.of(0),
        new StopSpec(StopSpec.DEFAULT_SIGNAL, StopSpec.DEFAULT_GRACE),
        new EscalationSpec(List.of(URI.create("http://127.0.0.1:9/hook"))),
        LogSpec.defaults(),
        true,
        DetectionSpec.defaults());
  }

  @Test
  void startupPeriodIsTheLongestOfItsProbesOrZeroWithoutProbes() {
    assertThat(
            service(List.of(probe("a", Duration.ofSeconds(3)), probe("b", Duration.ofSeconds(7))))
                .startupPeriod())
        .isEqualTo(Duration.ofSeconds(7));
    assertThat(service(List.of()).startupPeriod()).isZero();
  }

  @Test
  void aServiceOfOneCommandRunsItAsItsOnlyRelease() {
    ServiceSpec s =
        ServiceSpec.ofCommand(
            "batch",
            Path.of("/srv"),
            List.of("sleep", "60"),
            List.of(),
            RestartPolicySpec.defaults(),
            Set.of(0),
            new StopSpec(StopSpec.DEFAULT_SIGNAL, StopSpec.DEFAULT_GRACE),
            EscalationSpec.logOnly());

    assertThat(s.releases()).containsOnlyKeys(ServiceSpec.DEFAULT_RELEASE);
    assertThat(s.release(ServiceSpec.DEFAULT_RELEASE).orElseThrow().command())
        .containsExactly("sleep", "60");
    assertThat(s.currentRelease()).isEqualTo(s.knownGoodRelease()).isEqualTo("default");
    assertThat(s.noRestartExitCodes()).containsExactly(0);
    assertThat(s.environment()).isEmpty();
    assertThat(s.dependsOn()).isEmpty();
  }

  @Test
  void findsReleasesAndServicesByName() {
    ServiceSpec api = service(List.of());
    HealSpec heal =
        new HealSpec(
            Path.of("/data"),
            new ControlSpec(ControlSpec.DEFAULT_HOST, ControlSpec.DEFAULT_PORT),
            List.of(api));

    assertThat(api.release("v2").flatMap(ReleaseSpec::artifactDir))
        .contains(Path.of("/releases/v2"));
    assertThat(api.release("v9")).isEmpty();
    assertThat(heal.service("api")).contains(api);
    assertThat(heal.service("db")).isEmpty();
  }

  @Test
  void collectionsAreCopiedSoTheSpecStaysFrozen() {
    java.util.ArrayList<String> deps = new java.util.ArrayList<>(List.of("db"));
    ServiceSpec s = service(List.of());
    ServiceSpec copy =
        new ServiceSpec(
            s.name(),
            s.workingDir(),
            s.environment(),
            deps,
            s.releases(),
            s.currentRelease(),
            s.knownGoodRelease(),
            s.promotionPeriod(),
            s.probes(),
            s.restart(),
            s.noRestartExitCodes(),
            s.stop(),
            s.escalation(),
            s.logs(),
            s.jvm(),
            s.detection());

    deps.add("cache");

    assertThat(copy.dependsOn()).containsExactly("db");
    assertThat(EscalationSpec.logOnly().webhooks()).isEmpty();
    assertThat(RestartPolicySpec.defaults().initialDelay()).isEqualTo(Duration.ofMillis(200));
  }
}
