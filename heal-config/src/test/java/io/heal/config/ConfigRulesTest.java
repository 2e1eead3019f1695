package io.heal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules between fields and services: choices, references, cycles, ranges. */
class ConfigRulesTest {

  @TempDir Path dir;

  @Test
  void reportsADependencyCycleAlongItsPath() {
    List<String> errors =
        errorsOf(
            """
            services:
              - {name: web, command: [w], depends_on: [api]}
              - {name: api, command: [a], depends_on: [db]}
              - {name: db, command: [d], depends_on: [web]}
              - {name: solo, command: [s], depends_on: [solo]}
            """);

    assertThat(errors)
        .containsExactly(
            "services[0] (web).depends_on: must not form a cycle, found web -> api -> db -> web",
            "services[3] (solo).depends_on[0]: a service cannot depend on itself, found solo");
  }

  @Test
  void acceptsDependenciesThatFormNoCycle() {
    String yaml =
        """
        services:
          - {name: web, command: [w], depends_on: [api, db]}
          - {name: api, command: [a], depends_on: [db]}
          - {name: db, command: [d]}
        """;

    assertThat(HealConfigLoader.parse(yaml, dir).service("web").orElseThrow().dependsOn())
        .containsExactly("api", "db");
  }

  @Test
  void requiresExactlyOneOfCommandAndReleasesAndOfProbeTargets() {
    List<String> errors =
        errorsOf(
            """
            services:
              - name: both
                command: [x]
                releases: {v1: {command: [x]}}
                release: v1
              - name: neither
                probes:
                  - interval: 2s
              - name: plain
                command: [x]
                release: v1
            """);

    assertThat(errors)
        .containsExactly(
            "services[0] (both): needs exactly one of command, releases, found both",
            "services[1] (neither): needs exactly one of command, releases, found neither",
            "services[1] (neither).probes[0]: needs exactly one of http, tcp, exec, found none",
            "services[2] (plain).release: is only allowed with releases, found v1");
  }

  @Test
  void checksReleasesNamedByReleaseAndKnownGood() {
    List<String> errors =
        errorsOf(
            """
            services:
              - name: api
                releases:
                  v1: {artifact_dir: r/v1}
                  v2: {command: []}
                known_good: v0
              - name: empty
                releases: {}
                release: v1
            """);

    assertThat(errors)
        .containsExactly(
            "services[0] (api).releases.v1.command: is required",
            "services[0] (api).releases.v2.command: must name a program to run, found []",
            "services[0] (api).release: is required",
            "services[0] (api).known_good: must name one of the releases (v1, v2), found v0",
            "services[1] (empty).releases: must declare at least one release, found {}");
  }

  @Test
  void reportsDuplicateNamesOfServicesAndProbes() {
    List<String> errors =
        errorsOf(
            """
            services:
              - name: a
                command: [x]
                probes:
                  - tcp: {host: 127.0.0.1, port: 1}
                  - tcp: {host: 127.0.0.1, port: 2}
              - name: a
                command: [y]
            """);

    assertThat(errors)
        .containsExactly(
            "services[0] (a).probes[1]: probe names must be unique in a service, also used by"
                + " probes[0] (give each probe a name), found tcp",
            "services[1] (a).name: service names must be unique, also used by services[0],"
                + " found a");
  }

  @Test
  void checksHttpProbeUrlStatusAndBody() {
    List<String> errors =
        errorsOf(
            """
            services:
              - name: a
                command: [x]
                probes:
                  - http: {url: "127.0.0.1:8080/health", status: 299-200, body: "ok("}
                  - name: second
                    http: {status: 200, checks_per_connection: 0}
            """);

    assertThat(errors)
        .containsExactly(
            "services[0] (a).probes[0].http.url: must be an absolute http or https URL with a"
                + " host, found 127.0.0.1:8080/health",
            "services[0] (a).probes[0].http.status: must be a range within 100-599, low to high,"
                + " found 299-200",
            "services[0] (a).probes[0].http.body: must be a regular expression (Unclosed group),"
                + " found ok(",
            "services[0] (a).probes[1].http.url: is required",
            "services[0] (a).probes[1].http.checks_per_connection: must be at least 1, found 0");
  }

  @Test
  void acceptsOnlyLoopbackControlHosts() {
    for (String host : List.of("127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]")) {
      String yaml = "control: {host: '" + host + "'}\nservices: [{name: a, command: [x]}]\n";
      assertThat(HealConfigLoader.parse(yaml, dir).control().host()).isEqualTo(host);
    }
    assertThat(errorsOf("control: {host: 0.0.0.0}\nservices: [{name: a, command: [x]}]\n"))
        .containsExactly(
            "control.host: must be a loopback address (127.x.x.x, ::1 or localhost),"
                + " found 0.0.0.0");
  }

  @Test
  void comparesTimeoutOnlyWithAnIntervalThatIsItselfValid() {
    List<String> errors =
        errorsOf(
            """
            services:
              - name: a
                command: [x]
                probes:
                  - tcp: {host: 127.0.0.1, port: 1}
                    interval: soon
                    timeout: 5s
                restart: {initial_delay: -1m, max_delay: 1s}
            """);

    assertThat(errors)
        .containsExactly(
            "services[0] (a).probes[0].interval: must be a duration such as 500ms, 1s, 1.5s, 2m,"
                + " 1h, found soon",
            "services[0] (a).restart.initial_delay: must not be negative, found -1m");
  }

  @Test
  void reportsMaxDelayShorterThanInitialDelay() {
    assertThat(
            errorsOf(
                "services: [{name: a, command: [x], restart: {initial_delay: 1m, max_delay: 5s}}]"))
        .containsExactly(
            "services[0] (a).restart.max_delay: must not be shorter than initial_delay (1m),"
                + " found 5s");
  }

  @Test
  void checksEnvironmentNamesAndPaths() {
    List<String> errors =
        errorsOf(
            """
            data_dir: "  "
            services:
              - name: a
                command: [x]
                working_dir: "bad\\0dir"
                env: {"A=B": x, OK: 1}
            """);

    assertThat(errors)
        .containsExactly(
            "data_dir: must not be blank, found '  '",
            "services[0] (a).working_dir: must be a file path (Nul character not allowed),"
                + " found bad\u0000dir",
            "services[0] (a).env: variable names must not be empty or contain '=', found A=B");
  }

  private List<String> errorsOf(String yaml) {
    ConfigInvalidException thrown =
        catchThrowableOfType(() -> HealConfigLoader.parse(yaml, dir), ConfigInvalidException.class);
    assertThat(thrown).as("loading should have failed").isNotNull();
    return thrown.errors().stream().map(ConfigError::toString).toList();
  }
}
