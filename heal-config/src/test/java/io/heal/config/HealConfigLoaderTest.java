package io.heal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heal.core.spec.ControlSpec;
import io.heal.core.spec.EscalationSpec;
import io.heal.core.spec.HealSpec;
import io.heal.core.spec.LogSpec;
import io.heal.core.spec.ProbeSpec;
import io.heal.core.spec.ProbeTarget;
import io.heal.core.spec.ReleaseSpec;
import io.heal.core.spec.RestartPolicySpec;
import io.heal.core.spec.ServiceSpec;
import io.heal.core.spec.StopSpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealConfigLoaderTest {

  @TempDir Path dir;

  @Test
  void loadsTheExampleConfigWithEveryKey() throws IOException {
    // given the commented example, written to a real file
    Path file = dir.resolve("conf").resolve("heal.yaml");
    Files.createDirectories(file.getParent());
    try (InputStream example = getClass().getResourceAsStream("/example-heal.yaml")) {
      Files.copy(example, file);
    }

    // when
    HealSpec spec = HealConfigLoader.load(file);

    // then
    Path base = dir.resolve("conf").toAbsolutePath().normalize();
    assertThat(spec.dataDir()).isEqualTo(base.resolve("heal-data"));
    assertThat(spec.control()).isEqualTo(new ControlSpec("127.0.0.1", 7077));
    assertThat(spec.services()).extracting(ServiceSpec::name).containsExactly("ledger", "api");

    ServiceSpec ledger = spec.service("ledger").orElseThrow();
    List<String> ledgerCommand =
        List.of(
            "java",
            "-cp",
            "heal-cli/target/heal.jar",
            "io.heal.sample.SampleMain",
            "--port",
            "18081",
            "--enable-faults");
    assertThat(ledger.releases())
        .isEqualTo(Map.of("default", new ReleaseSpec("default", ledgerCommand, Optional.empty())));
    assertThat(ledger.currentRelease()).isEqualTo(ServiceSpec.DEFAULT_RELEASE);
    assertThat(ledger.knownGoodRelease()).isEqualTo(ServiceSpec.DEFAULT_RELEASE);
    assertThat(ledger.workingDir()).isEqualTo(dir.toAbsolutePath().normalize());
    assertThat(ledger.environment()).isEqualTo(Map.of("JAVA_TOOL_OPTIONS", "-Xmx128m"));
    assertThat(ledger.jvm()).isTrue();
    assertThat(ledger.probes()).hasSize(2);
    ProbeSpec health = ledger.probes().get(0);
    assertThat(health.name()).isEqualTo("health");
    assertThat(health.target()).isInstanceOf(ProbeTarget.Http.class);
    ProbeTarget.Http http = (ProbeTarget.Http) health.target();
    assertThat(http.url()).isEqualTo(URI.create("http://127.0.0.1:18081/healthz"));
    assertThat(http.statusMin()).isEqualTo(200);
    assertThat(http.statusMax()).isEqualTo(299);
    assertThat(http.bodyPattern()).map(p -> p.pattern()).contains("ok");
    assertThat(http.checksPerConnection())
        .isEqualTo(ProbeTarget.Http.DEFAULT_CHECKS_PER_CONNECTION);
    assertThat(health.interval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(health.timeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(health.failureThreshold()).isEqualTo(3);
    assertThat(health.successThreshold()).isEqualTo(1);
    assertThat(health.startupPeriod()).isEqualTo(Duration.ofSeconds(10));
    assertThat(ledger.probes().get(1).name()).isEqualTo("tcp");
    assertThat(ledger.probes().get(1).target()).isEqualTo(new ProbeTarget.Tcp("127.0.0.1", 18081));
    assertThat(ledger.restart())
        .isEqualTo(
            new RestartPolicySpec(
                Duration.ofMillis(200),
                Duration.ofSeconds(30),
                2.0,
                0.1,
                Duration.ofSeconds(60),
                5,
                Duration.ofSeconds(60)));
    assertThat(ledger.noRestartExitCodes()).isEqualTo(Set.of(0));
    assertThat(ledger.stop()).isEqualTo(new StopSpec("TERM", Duration.ofSeconds(5)));
    assertThat(ledger.escalation())
        .isEqualTo(new EscalationSpec(List.of(URI.create("http://127.0.0.1:9000/hook"))));
    assertThat(ledger.logs()).isEqualTo(new LogSpec(10L * 1024 * 1024, 3));

    ServiceSpec api = spec.service("api").orElseThrow();
    assertThat(api.releases()).containsOnlyKeys("v1", "v2");
    assertThat(api.releases().get("v1").artifactDir()).contains(base.resolve("releases/v1"));
    assertThat(api.releases().get("v2").artifactDir()).isEmpty();
    assertThat(api.releases().get("v2").command()).endsWith("--port", "18082");
    assertThat(api.currentRelease()).isEqualTo("v1");
    assertThat(api.knownGoodRelease()).isEqualTo("v1");
    assertThat(api.promotionPeriod()).isEqualTo(Duration.ofSeconds(30));
    assertThat(api.dependsOn()).containsExactly("ledger");
    assertThat(api.probes()).singleElement().extracting(ProbeSpec::name).isEqualTo("http");
  }

  @Test
  void appliesEveryDefaultToAMinimalService() throws IOException {
    // given
    Path file = write("services:\n  - name: web\n    command: [./web, --port, 8080]\n");

    // when
    HealSpec spec = HealConfigLoader.load(file);

    // then
    Path base = dir.toAbsolutePath().normalize();
    ServiceSpec expected =
        new ServiceSpec(
            "web",
            base,
            Map.of(),
            List.of(),
            Map.of(
                ServiceSpec.DEFAULT_RELEASE,
                new ReleaseSpec(
                    ServiceSpec.DEFAULT_RELEASE,
                    List.of("./web", "--port", "8080"),
                    Optional.empty())),
            ServiceSpec.DEFAULT_RELEASE,
            ServiceSpec.DEFAULT_RELEASE,
            ServiceSpec.DEFAULT_PROMOTION_PERIOD,
            List.of(),
            RestartPolicySpec.defaults(),
            Set.of(),
            new StopSpec(StopSpec.DEFAULT_SIGNAL, StopSpec.DEFAULT_GRACE),
            EscalationSpec.logOnly(),
            LogSpec.defaults(),
            false,
            io.heal.core.spec.DetectionSpec.defaults());
    assertThat(spec)
        .isEqualTo(
            new HealSpec(
                base.resolve("heal-data"),
                new ControlSpec(ControlSpec.DEFAULT_HOST, ControlSpec.DEFAULT_PORT),
                List.of(expected)));
  }

  @Test
  void appliesProbeDefaultsAndReadsEveryOverride() {
    // given
    String yaml =
        """
        data_dir: /var/lib/heal
        control: {host: localhost, port: 0}
        services:
          - name: db
            command: [./db]
            working_dir: work/db
            probes:
              - exec: {command: [./check.sh, --quick]}
              - name: port
                tcp: {host: 127.0.0.1, port: 5432}
                interval: 2m
                timeout: 1.5s
                failure_threshold: 5
                success_threshold: 2
                startup_period: 0s
              - http: {url: "https://127.0.0.1:8443/", status: 204, checks_per_connection: 1}
            restart: {initial_delay: 100ms, max_delay: 1h, multiplier: 1.5, jitter: 0,
                      reset_after: PT2M, max_restarts: 1, within: 1d}
            stop: {signal: SIGint, grace: 0s}
            logs: {max_bytes: 1024, keep: 1}
        """;

    // when
    HealSpec spec = HealConfigLoader.parse(yaml, dir);

    // then
    assertThat(spec.dataDir()).isEqualTo(Path.of("/var/lib/heal"));
    assertThat(spec.control()).isEqualTo(new ControlSpec("localhost", 0));
    ServiceSpec db = spec.services().get(0);
    assertThat(db.workingDir()).isEqualTo(dir.toAbsolutePath().normalize().resolve("work/db"));
    assertThat(db.probes())
        .containsExactly(
            new ProbeSpec(
                "exec",
                new ProbeTarget.Exec(List.of("./check.sh", "--quick")),
                ProbeSpec.DEFAULT_INTERVAL,
                ProbeSpec.DEFAULT_TIMEOUT,
                ProbeSpec.DEFAULT_FAILURE_THRESHOLD,
                ProbeSpec.DEFAULT_SUCCESS_THRESHOLD,
                ProbeSpec.DEFAULT_STARTUP_PERIOD),
            new ProbeSpec(
                "port",
                new ProbeTarget.Tcp("127.0.0.1", 5432),
                Duration.ofMinutes(2),
                Duration.ofMillis(1500),
                5,
                2,
                Duration.ZERO),
            db.probes().get(2));
    ProbeTarget.Http http = (ProbeTarget.Http) db.probes().get(2).target();
    assertThat(http.statusMin()).isEqualTo(204);
    assertThat(http.statusMax()).isEqualTo(204);
    assertThat(http.bodyPattern()).isEmpty();
    assertThat(http.checksPerConnection()).isEqualTo(1);
    assertThat(db.restart())
        .isEqualTo(
            new RestartPolicySpec(
                Duration.ofMillis(100),
                Duration.ofHours(1),
                1.5,
                0.0,
                Duration.ofMinutes(2),
                1,
                Duration.ofDays(1)));
    assertThat(db.stop()).isEqualTo(new StopSpec("INT", Duration.ZERO));
    assertThat(db.logs()).isEqualTo(new LogSpec(1024, 1));
  }

  @Test
  void reportsAMissingFileClearly() {
    Path missing = dir.resolve("nope.yaml");

    assertThatThrownBy(() -> HealConfigLoader.load(missing))
        .isInstanceOf(ConfigInvalidException.class)
        .hasMessageContaining("no such file: " + missing);
  }

  @Test
  void reportsYamlSyntaxErrorsWithTheirLine() {
    String yaml = "services:\n  - name: a\n    command: [x\n  - name: b\n";

    assertThatThrownBy(() -> HealConfigLoader.parse(yaml, dir))
        .isInstanceOfSatisfying(
            ConfigInvalidException.class,
            e ->
                assertThat(e.errors())
                    .singleElement()
                    .asString()
                    .startsWith("not valid YAML at line "));
  }

  @Test
  void rejectsAKeyWrittenTwice() {
    String yaml = "services:\n  - name: a\n    command: [x]\n    name: b\n";

    assertThatThrownBy(() -> HealConfigLoader.parse(yaml, dir))
        .isInstanceOf(ConfigInvalidException.class)
        .hasMessageContaining("Duplicate field 'name'");
  }

  private Path write(String yaml) throws IOException {
    return Files.writeString(dir.resolve("heal.yaml"), yaml);
  }
}
