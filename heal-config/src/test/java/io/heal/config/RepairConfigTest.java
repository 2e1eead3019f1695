package io.heal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.heal.core.spec.LlmSpec;
import io.heal.core.spec.RepairSpec;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepairConfigTest {

  private static final Path BASE = Path.of("/srv/heal");

  @TempDir Path dir;

  @Test
  void readsTheLanguageModelOfCodeRepairWithDefaults() {
    String yaml =
        """
        services:
          - {name: api, command: [./api]}
        repair:
          llm:
            endpoint: http://127.0.0.1:8080/v1
        """;

    RepairSpec repair = HealConfigLoader.parse(yaml, BASE).repair();

    assertThat(repair.llm())
        .contains(
            new LlmSpec(
                URI.create("http://127.0.0.1:8080/v1"),
                LlmSpec.DEFAULT_MODEL,
                LlmSpec.DEFAULT_API_KEY_ENV,
                Duration.ofSeconds(60),
                3));
  }

  @Test
  void withoutARepairSectionRepairStaysOffline() {
    RepairSpec repair =
        HealConfigLoader.parse("services:\n  - {name: api, command: [./api]}\n", BASE).repair();

    assertThat(repair).isEqualTo(RepairSpec.offline());
  }

  @Test
  void heal_fixReadsARepairOnlyFileWithoutServices() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("heal.yaml"),
            """
            repair:
              llm:
                endpoint: https://models.example/v1
                model: coder-7b
                api_key_env: MY_KEY
                timeout: 20s
                choices: 5
            """);

    RepairSpec repair = HealConfigLoader.loadRepair(file);

    assertThat(repair.llm())
        .contains(
            new LlmSpec(
                URI.create("https://models.example/v1"),
                "coder-7b",
                "MY_KEY",
                Duration.ofSeconds(20),
                5));
  }

  @Test
  void reportsEveryRepairMistakeAtOnceWithTheValueFound() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("heal.yaml"),
            """
            repair:
              llm:
                endpoint: ftp://models
                model: " "
                api_key_env: sk-123-secret
                timeout: 0s
                choices: 0
                temperature: 2
            """);

    ConfigInvalidException e =
        catchThrowableOfType(() -> HealConfigLoader.loadRepair(file), ConfigInvalidException.class);

    assertThat(e.errors())
        .extracting(ConfigError::path)
        .containsExactlyInAnyOrder(
            "repair.llm.temperature",
            "repair.llm.endpoint",
            "repair.llm.model",
            "repair.llm.api_key_env",
            "repair.llm.timeout",
            "repair.llm.choices");
    assertThat(e.errors())
        .extracting(ConfigError::toString)
        .noneMatch(m -> m.contains("sk-123"))
        .contains(
            "repair.llm.endpoint: must be an http:// or https:// URL with a host, found ftp://models",
            "repair.llm.api_key_env: must be the name of an environment variable holding the key,"
                + " not the key, found 13 characters, not shown",
            "repair.llm.choices: must be at least 1, found 0");
  }

  @Test
  void aLanguageModelWithoutAnEndpointIsAnError() {
    String yaml =
        """
        services:
          - {name: api, command: [./api]}
        repair:
          llm: {model: coder}
        """;

    ConfigInvalidException e =
        catchThrowableOfType(
            () -> HealConfigLoader.parse(yaml, BASE), ConfigInvalidException.class);

    assertThat(e.errors()).extracting(ConfigError::path).containsExactly("repair.llm.endpoint");
  }
}
