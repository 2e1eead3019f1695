package io.heal.cli.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.cli.HealCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchStormCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void killsEveryServiceAtOnceAndReportsEachRestart() {
    // real 'sleep' children under a real engine, all killed with SIGKILL
    int exit = heal("bench", "storm", "--services", "3", "--rounds", "2");

    assertThat(exit).isZero();
    assertThat(out.toString())
        .contains("round 1: 3 killed, 3 restarted")
        .contains("round 2: 3 killed, 3 restarted")
        .contains("3 services killed at once, 2 rounds: 6 crashes")
        .containsPattern("to restart issued +p50 [0-9.]+ m?s");
  }

  @Test
  void refusesZeroServices() {
    int exit = heal("bench", "storm", "--services", "0");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--services must be at least 1, found 0");
    assertThat(out.toString()).doesNotContain("Storm benchmark");
  }

  private int heal(String... args) {
    return new CommandLine(new HealCommand())
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }
}
