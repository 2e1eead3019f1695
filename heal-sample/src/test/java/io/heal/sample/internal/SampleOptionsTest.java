package io.heal.sample.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SampleOptionsTest {

  @Test
  void appliesDefaults() {
    SampleOptions options = SampleOptions.parse(new String[] {"--port", "8080"});

    assertThat(options.port()).isEqualTo(8080);
    assertThat(options.name()).isEqualTo(SampleOptions.DEFAULT_NAME);
    assertThat(options.release()).isEqualTo(SampleOptions.DEFAULT_RELEASE);
    assertThat(options.faultsEnabled()).isFalse();
    assertThat(options.badRelease()).isFalse();
    assertThat(options.dependsOn()).isEmpty();
  }

  @Test
  void parsesEveryOption() {
    SampleOptions options =
        SampleOptions.parse(
            new String[] {
              "--port",
              "0",
              "--name",
              "ledger",
              "--release",
              "v2",
              "--enable-faults",
              "--bad-release",
              "--state-dir",
              "/tmp/s",
              "--depends-on",
              "http://127.0.0.1:1/x"
            });

    assertThat(options.name()).isEqualTo("ledger");
    assertThat(options.release()).isEqualTo("v2");
    assertThat(options.faultsEnabled()).isTrue();
    assertThat(options.badRelease()).isTrue();
    assertThat(options.stateDir()).isEqualTo(Path.of("/tmp/s"));
    assertThat(options.dependsOn()).contains(URI.create("http://127.0.0.1:1/x"));
  }

  @Test
  void refusesMissingPort() {
    assertThatThrownBy(() -> SampleOptions.parse(new String[] {"--name", "x"}))
        .hasMessage("--port: required, found nothing");
  }

  @Test
  void refusesBadPort() {
    assertThatThrownBy(() -> SampleOptions.parse(new String[] {"--port", "70000"}))
        .hasMessage("--port: must be within [0, 65535], found 70000");
    assertThatThrownBy(() -> SampleOptions.parse(new String[] {"--port", "x"}))
        .hasMessage("--port: must be a number, found 'x'");
  }

  @Test
  void refusesOptionWithoutValue() {
    assertThatThrownBy(() -> SampleOptions.parse(new String[] {"--port"}))
        .hasMessage("--port: needs a value, found nothing");
  }

  @Test
  void refusesNonHttpDependency() {
    assertThatThrownBy(
            () -> SampleOptions.parse(new String[] {"--port", "1", "--depends-on", "ftp://x"}))
        .hasMessage("--depends-on: must be an http URL, found ftp://x");
  }
}
