package io.heal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's command line: {@code heal run} is parsed on its own (the daemon keeps no model of
 * the other commands), and must read exactly as it does under the whole tree.
 */
class MainTest {

  private record Ran(int exit, String out, String err) {}

  @Test
  void runHelpIsTheRunCommandsUsageUnderItsFullName() {
    Ran r = heal(() -> Main.run("run", "--help"));

    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .startsWith("Usage: heal run [-hV] [-c=FILE]")
        .contains("-c, --config=FILE   The config file (default: heal.yaml).");
  }

  @Test
  void runNamesAnUnknownOptionAndShowsItsUsage() {
    Ran r = heal(() -> Main.run("run", "--bogus"));

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--bogus'").contains("Usage: heal run");
  }

  @Test
  void runRefusesABadConfigAndSaysWhereAndWhy(@TempDir Path dir) throws IOException {
    Path config = dir.resolve("heal.yaml");
    Files.writeString(config, "services:\n  - {name: api, command: []}\n");

    Ran r = heal(() -> Main.run("run", "-c", config.toString()));

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains("1 error; Heal does not start")
        .contains("services[0] (api).command: must name a program to run, found []");
  }

  @Test
  void theRootStillListsEveryCommand() {
    Ran r = heal(() -> Main.run("--help"));

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("  run ", "  demo ", "  validate ", "  status ", "  bench ");
  }

  /** Runs {@code main} with System.out and System.err captured. */
  private static Ran heal(IntSupplier main) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int exit = main.getAsInt();
      return new Ran(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}
