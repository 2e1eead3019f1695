package io.heal.cli.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.cli.HealCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchOverheadCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void refusesAnUnknownPhaseNamingTheKnownOnes() {
    int exit = heal("bench", "overhead", "--phases", "http,dns");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "--phases must be of [liveness, http, http-close, tcp, http-kept-bare, http-bare,"
                + " tcp-bare], found [http, dns]");
    assertThat(out.toString()).doesNotContain("Overhead benchmark");
  }

  @Test
  void refusesZeroSeconds() {
    int exit = heal("bench", "overhead", "--seconds", "0");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("must be at least 1, found 200 and 0");
  }

  private int heal(String... args) {
    return new CommandLine(new HealCommand())
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }
}
