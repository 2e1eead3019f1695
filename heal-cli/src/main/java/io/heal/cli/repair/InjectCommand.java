package io.heal.cli.repair;

import io.heal.repair.inject.BugInjector;
import io.heal.repair.inject.BugKind;
import io.heal.repair.inject.InjectedBug;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Inject a known bug into a Java project. */
@Command(
    name = "inject",
    mixinStandardHelpOptions = true,
    description =
        "Inject a known bug into a Java project's main sources (edits the files in place).")
public final class InjectCommand implements Callable<Integer> {

  @Option(names = "--project", required = true, description = "The Maven project directory.")
  Path project;

  @Option(
      names = "--bug",
      defaultValue = "zero-divisor",
      description =
          "zero-divisor, null-guard, off-by-one or wrong-comparison (default ${DEFAULT-VALUE}).")
  String bug;

  @Option(names = "--class", description = "Simple name of the class to inject into first.")
  String preferredClass;

  @Override
  public Integer call() throws Exception {
    InjectedBug injected;
    try {
      injected = new BugInjector().inject(project, BugKind.parse(bug), preferredClass);
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("heal inject: " + e.getMessage());
      return 2;
    }
    System.out.println(
        "Injected "
            + injected.kind().id()
            + " into "
            + injected.file()
            + ":"
            + injected.line()
            + ": "
            + injected.description());
    System.out.println(injected.diff());
    return 0;
  }
}
