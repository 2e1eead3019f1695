package io.heal.cli.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.cli.HealCommand;
import io.heal.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void printsOkWithTheServiceNamesAndExitsZeroForAValidConfig() throws IOException {
    // given
    Path file =
        write(
            """
            services:
              - {name: ledger, command: [java, -jar, ledger.jar]}
              - {name: api, command: [java, -jar, api.jar], depends_on: [ledger]}
            """);

    // when
    int exit = heal("validate", "-c", file.toString());

    // then
    assertThat(exit).isZero();
    assertThat(out.toString().lines()).containsExactly(file + ": OK (2 services: ledger, api)");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void saysWhichLanguageModelHealFixWouldAsk() throws IOException {
    Path file =
        write(
            """
            services:
              - {name: api, command: [java, -jar, api.jar]}
            repair:
              llm: {endpoint: "http://127.0.0.1:8080/v1", model: coder}
            """);

    int exit = heal("validate", "-c", file.toString());

    assertThat(exit).isZero();
    assertThat(out.toString().lines())
        .containsExactly(
            file + ": OK (1 service: api; heal fix asks coder at http://127.0.0.1:8080/v1)");
  }

  @Test
  void printsEveryErrorOnStderrAndExitsOneForAnInvalidConfig() throws IOException {
    // given
    Path file =
        write(
            """
            services:
              - name: ledger
                command: java -jar ledger.jar
                restrat: {max_restarts: 3}
                probes:
                  - tcp: {host: 127.0.0.1, port: 18081}
                    interval: 1s
                    timeout: 5s
            """);

    // when
    int exit = heal("validate", "--config", file.toString());

    // then
    assertThat(exit).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().lines())
        .containsExactly(
            file + ": 3 errors",
            "  services[0] (ledger).restrat: unknown key (known: name, command, releases, release,"
                + " known_good, promotion_period, working_dir, env, depends_on, jvm, probes,"
                + " restart, no_restart_exit_codes, stop, escalation, logs, detection)",
            "  services[0] (ledger).command: must be a list of arguments (no shell),"
                + " found java -jar ledger.jar",
            "  services[0] (ledger).probes[0].timeout: must be shorter than interval (1s),"
                + " found 5s");
  }

  @Test
  void saysSoAndExitsOneWhenTheFileIsMissing() {
    // given
    Path missing = dir.resolve("missing.yaml");

    // when
    int exit = heal("validate", "-c", missing.toString());

    // then
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).startsWith(missing + ": no such file");
  }

  @Test
  void readsHealYamlInTheCurrentDirectoryByDefault() {
    // the build runs in heal-cli/, which has no heal.yaml
    assertThat(Path.of("heal.yaml")).doesNotExist();

    int exit = heal("validate");

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).startsWith("heal.yaml: no such file");
  }

  @Test
  void validatesTheExampleConfigOfTheRepository() {
    // given the example shipped in examples/, next to this module
    Path example = Path.of("..", "examples", "heal.yaml");

    // when
    int exit = Main.run("validate", "-c", example.toString());

    // then
    assertThat(exit).isZero();
  }

  private int heal(String... args) {
    return new CommandLine(new HealCommand())
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }

  private Path write(String yaml) throws IOException {
    return Files.writeString(dir.resolve("heal.yaml"), yaml);
  }
}
