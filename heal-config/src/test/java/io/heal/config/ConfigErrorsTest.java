package io.heal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every error reported at once, with its path and value: unknown keys, wrong types. */
class ConfigErrorsTest {

  @TempDir Path dir;

  @Test
  void reportsEveryMistakeAtOnceWithPathAndValueFound() throws IOException {
    // given a file with many mistakes, in many sections
    Path file =
        Files.writeString(
            dir.resolve("heal.yaml"),
            """
            control: {host: 10.0.0.5, port: 70000}
            services:
              - name: Ledger
                command: java -jar ledger.jar
                restrat: {max_restarts: 3}
                probes:
                  - http: {url: "http://127.0.0.1:18081/healthz", status: 200-99}
                    interval: 1s
                    timeout: 5s
                  - tcp: {host: 127.0.0.1, port: 18081}
                    exec: {command: [./check.sh]}
                restart: {multiplier: 0.5, jitter: 2, max_restarts: 0, max_delay: 5 parsecs}
                no_restart_exit_codes: [0, 256]
                stop: {signal: TERMINATE, grace: -1s}
                logs: {max_bytes: 10, keep: 0}
                escalation: {webhooks: ["ftp://example/hook"]}
              - name: api
                releases:
                  v1: {command: [./api]}
                release: v3
                depends_on: [ledgr]
                jvm: "maybe"
            """);

    // when
    ConfigInvalidException thrown =
        catchThrowableOfType(() -> HealConfigLoader.load(file), ConfigInvalidException.class);

    // then
    List<String> errors = thrown.errors().stream().map(ConfigError::toString).toList();
    assertThat(errors)
        .containsExactly(
            "control.host: must be a loopback address (127.x.x.x, ::1 or localhost), found 10.0.0.5",
            "control.port: must be between 0 and 65535, found 70000",
            "services[0] (Ledger).restrat: unknown key (known: name, command, releases, release,"
                + " known_good, promotion_period, working_dir, env, depends_on, jvm, probes,"
                + " restart, no_restart_exit_codes, stop, escalation, logs, detection)",
            "services[0] (Ledger).command: must be a list of arguments (no shell),"
                + " found java -jar ledger.jar",
            "services[0] (Ledger).restart.max_delay: must be a duration such as 500ms, 1s, 1.5s,"
                + " 2m, 1h, found 5 parsecs",
            "services[0] (Ledger).name: must match [a-z0-9][a-z0-9_-]{0,62} (lower case),"
                + " found Ledger",
            "services[0] (Ledger).probes[0].http.status: must be a status such as 200 or a range"
                + " such as 200-299, found 200-99",
            "services[0] (Ledger).probes[0].timeout: must be shorter than interval (1s), found 5s",
            "services[0] (Ledger).probes[1]: needs exactly one of http, tcp, exec,"
                + " found tcp, exec",
            "services[0] (Ledger).restart.multiplier: must be at least 1, found 0.5",
            "services[0] (Ledger).restart.jitter: must be between 0 and 1, found 2",
            "services[0] (Ledger).restart.max_restarts: must be at least 1, found 0",
            "services[0] (Ledger).no_restart_exit_codes[1]: must be between 0 and 255, found 256",
            "services[0] (Ledger).stop.signal: must be one of TERM, INT, HUP, QUIT, KILL, USR1,"
                + " USR2, found TERMINATE",
            "services[0] (Ledger).stop.grace: must not be negative, found -1s",
            "services[0] (Ledger).escalation.webhooks[0]: must be an absolute http or https URL"
                + " with a host, found ftp://example/hook",
            "services[0] (Ledger).logs.max_bytes: must be at least 1KiB, found 10",
            "services[0] (Ledger).logs.keep: must be at least 1, found 0",
            "services[1] (api).jvm: must be true or false, found maybe",
            "services[1] (api).release: must name one of the releases (v1), found v3",
            "services[1] (api).depends_on[0]: must name a declared service (Ledger, api),"
                + " found ledgr");
    assertThat(thrown)
        .hasMessageStartingWith("invalid config, 21 errors:\ncontrol.host: must be a loopback");
  }

  @Test
  void rejectsUnknownKeysAtEveryLevelListingTheKnownOnes() {
    List<String> errors =
        errorsOf(
            """
            servces: []
            services:
              - name: a
                command: [x]
                probes:
                  - http: {url: "http://127.0.0.1/", staus: 200}
                    intervall: 1s
                stop: {signal: TERM, grace_period: 1s}
            """);

    assertThat(errors)
        .containsExactly(
            "servces: unknown key (known: data_dir, control, services, repair)",
            "services[0] (a).probes[0].intervall: unknown key (known: name, http, tcp, exec,"
                + " interval, timeout, failure_threshold, success_threshold, startup_period)",
            "services[0] (a).probes[0].http.staus: unknown key (known: url, status, body,"
                + " checks_per_connection)",
            "services[0] (a).stop.grace_period: unknown key (known: signal, grace)");
  }

  @Test
  void reportsBadDurationsAndSizesWithTheTextFound() {
    List<String> errors =
        errorsOf(
            """
            services:
              - name: a
                command: [x]
                promotion_period: 5 parsecs
                probes:
                  - tcp: {host: 127.0.0.1, port: 1}
                    interval: -1s
                    timeout: 0s
                    startup_period: -5s
                logs: {max_bytes: lots}
            """);

    assertThat(errors)
        .containsExactly(
            "services[0] (a).promotion_period: must be a duration such as 500ms, 1s, 1.5s, 2m, 1h,"
                + " found 5 parsecs",
            "services[0] (a).logs.max_bytes: must be a size such as 512KiB, 10MiB, 1GiB, 100kB or"
                + " bytes, found lots",
            "services[0] (a).probes[0].interval: must be longer than 0s, found -1s",
            "services[0] (a).probes[0].timeout: must be longer than 0s, found 0s",
            "services[0] (a).probes[0].startup_period: must not be negative, found -5s");
  }

  @Test
  void reportsValuesOfTheWrongType() {
    List<String> errors =
        errorsOf(
            """
            control: {port: "7077"}
            services:
              - name: a
                command: {program: x}
                env: [A, B]
                probes:
                  - tcp: {host: [127.0.0.1], port: 1.5}
                restart: {max_restarts: many}
                no_restart_exit_codes: 0
              - just a string
            """);

    assertThat(errors)
        .containsExactly(
            "control.port: must be a whole number, found \"7077\"",
            "services[0] (a).command: must be a list, found {\"program\":\"x\"}",
            "services[0] (a).env: must be a map of keys to values, found [\"A\",\"B\"]",
            "services[0] (a).probes[0].tcp.host: must be text, found [\"127.0.0.1\"]",
            "services[0] (a).probes[0].tcp.port: must be a whole number, found 1.5",
            "services[0] (a).restart.max_restarts: must be a whole number, found many",
            "services[0] (a).no_restart_exit_codes: must be a list, found 0",
            "services[1]: must be a map of keys to values, found just a string");
  }

  @Test
  void requiresAtLeastOneService() {
    assertThat(errorsOf("")).containsExactly("services: at least one service is required");
    assertThat(errorsOf("data_dir: x\n"))
        .containsExactly("services: at least one service is required");
    assertThat(errorsOf("services: []\n"))
        .containsExactly("services: at least one service is required");
  }

  @Test
  void requiresAServiceName() {
    assertThat(errorsOf("services:\n  - command: [x]\n"))
        .containsExactly("services[0].name: is required");
  }

  @Test
  void rejectsAFileThatIsNotAMap() {
    assertThat(errorsOf("- a\n- b\n"))
        .containsExactly(
            "the file must be a map with the keys [data_dir, control, services, repair]");
  }

  private List<String> errorsOf(String yaml) {
    ConfigInvalidException thrown =
        catchThrowableOfType(() -> HealConfigLoader.parse(yaml, dir), ConfigInvalidException.class);
    assertThat(thrown).as("loading should have failed").isNotNull();
    return thrown.errors().stream().map(ConfigError::toString).toList();
  }
}
