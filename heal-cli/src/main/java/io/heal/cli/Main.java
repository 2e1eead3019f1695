package io.heal.cli;

import io.heal.cli.runtime.RunCommand;
import java.util.Arrays;
import picocli.CommandLine;

/** Entry point of the {@code heal} launcher. */
public final class Main {

  private Main() {}

  /** One line per log record, to stderr: time, level, logger, message. */
  public static final String DEFAULT_LOG_FORMAT = "%1$tT.%1$tL %4$s %3$s: %5$s%6$s%n";

  public static void main(String[] args) {
    if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
      System.setProperty("java.util.logging.SimpleFormatter.format", DEFAULT_LOG_FORMAT);
    }
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code, without exiting (for tests). */
  public static int run(String... args) {
    if (args.length > 0 && args[0].equals(RunCommand.NAME)) {
      // the daemon lives as long as this call: it keeps only its own command's model, not the
      // whole command tree's (in a bare JVM, 2.6 MB of RSS more: classes, annotations, model)
      return commandLine(new RunCommand())
          .setCommandName("heal " + RunCommand.NAME)
          .execute(Arrays.copyOfRange(args, 1, args.length));
    }
    return commandLine(new HealCommand()).execute(args);
  }

  /** The command line of {@code command}, with the settings every entry to it shares. */
  private static CommandLine commandLine(Object command) {
    return new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true);
  }
}
