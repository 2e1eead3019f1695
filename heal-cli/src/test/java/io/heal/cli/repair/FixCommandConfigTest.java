package io.heal.cli.repair;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.cli.HealCommand;
import io.heal.core.spec.LlmSpec;
import io.heal.repair.llm.LlmConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FixCommandConfigTest {

  @TempDir Path dir;

  private static final LlmSpec FROM_FILE =
      new LlmSpec(
          URI.create("http://127.0.0.1:9/v1"), "file-model", "FILE_KEY", Duration.ofSeconds(7), 2);

  @Test
  void withNeitherFlagsNorConfigNoModelIsAsked() {
    FixCommand fix = parse("--project", "p");

    assertThat(fix.llm(Optional.empty())).isEmpty();
  }

  @Test
  void theConfigFileNamesTheModel() {
    FixCommand fix = parse("--project", "p");

    LlmConfig llm = fix.llm(Optional.of(FROM_FILE)).orElseThrow();

    assertThat(llm.endpoint()).isEqualTo(FROM_FILE.endpoint());
    assertThat(llm.model()).isEqualTo("file-model");
    assertThat(llm.timeout()).isEqualTo(Duration.ofSeconds(7));
    assertThat(llm.choices()).isEqualTo(2);
  }

  @Test
  void flagsOverrideTheConfigFile() {
    FixCommand fix =
        parse("--project", "p", "--llm-endpoint", "http://127.0.0.1:1/v1", "--llm-model", "m");

    LlmConfig llm = fix.llm(Optional.of(FROM_FILE)).orElseThrow();

    assertThat(llm.endpoint()).isEqualTo(URI.create("http://127.0.0.1:1/v1"));
    assertThat(llm.model()).isEqualTo("m");
    assertThat(llm.choices()).isEqualTo(2);
  }

  @Test
  void aBadRepairSectionIsReportedAndNothingIsRepaired() throws Exception {
    Path config =
        Files.writeString(dir.resolve("heal.yaml"), "repair:\n  llm:\n    endpoint: nowhere\n");
    StringWriter err = new StringWriter();

    int exit =
        new CommandLine(new HealCommand())
            .setErr(new PrintWriter(err, true))
            .setOut(new PrintWriter(new StringWriter(), true))
            .execute("fix", "--project", dir.toString(), "-c", config.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains(config + ": 1 error; nothing repaired")
        .contains("repair.llm.endpoint: must be an http:// or https:// URL with a host");
  }

  private static FixCommand parse(String... args) {
    FixCommand fix = new FixCommand();
    new CommandLine(fix).parseArgs(args);
    return fix;
  }
}
