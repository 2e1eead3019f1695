package io.heal.cli;

import picocli.CommandLine;

/** Entry point of the {@code heal} launcher. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code, without exiting (for tests). */
  public static int run(String... args) {
    return new CommandLine(new HealCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .execute(args);
  }
}
