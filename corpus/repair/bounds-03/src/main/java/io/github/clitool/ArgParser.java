package io.github.clitool;

import java.util.ArrayList;
import java.util.List;

/** Parses the command line of the {@code convert} tool. */
public final class ArgParser {

  /** Parsed options. */
  public record Options(String output, int level, int verbosity, boolean dryRun, List<String> files) {}

  private ArgParser() {}

  /** Parses {@code args}; throws IllegalArgumentException with a usage message on bad input. */
  public static Options parse(String... args) {
    String output = "out.txt";
    int level = 5;
    int verbosity = 0;
    boolean dryRun = false;
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-o", "--output" -> output = args[++i];
        case "-l", "--level" -> {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException("missing value for " + a);
          }
          level = Integer.parseInt(args[++i]);
        }
        case "-v" -> verbosity++;
        case "-n", "--dry-run" -> dryRun = true;
        default -> {
          if (a.startsWith("-")) {
            throw new IllegalArgumentException("unknown option: " + a);
          }
          files.add(a);
        }
      }
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no input files");
    }
    return new Options(output, level, verbosity, dryRun, files);
  }
}
