package io.heal.cli.runtime;

import io.heal.core.incident.Incident;
import io.heal.report.IncidentReport;
import io.heal.store.JsonFileIncidentStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code heal report}: every incident in a data directory as one self-contained HTML page. Reads
 * the files directly, so it works with no daemon running.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Write every incident in a data directory to one self-contained HTML page.")
public final class ReportCommand implements Callable<Integer> {

  /** Where the page goes when {@code -o} is not given. */
  public static final String DEFAULT_OUTPUT = "heal-report.html";

  /** The page title when {@code --title} is not given. */
  public static final String DEFAULT_TITLE = "Heal incident report";

  @Spec CommandSpec spec;

  @Option(
      names = {"-d", "--data-dir"},
      defaultValue = IncidentsCommand.DEFAULT_DATA_DIR,
      description = "Heal's data directory (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(
      names = {"-o", "--output"},
      defaultValue = DEFAULT_OUTPUT,
      description = "The HTML file to write (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(
      names = "--title",
      defaultValue = DEFAULT_TITLE,
      description = "The page title (default: ${DEFAULT-VALUE}).")
  String title;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Path dir = dataDir.resolve(JsonFileIncidentStore.INCIDENTS_DIR);
      List<Incident> incidents =
          Files.isDirectory(dir)
              ? JsonFileIncidentStore.inDataDir(
                      dataDir, bad -> err.println("heal report: skipped unreadable " + bad))
                  .list()
              : List.of();
      String html = IncidentReport.render(title, incidents, Optional.empty());
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(output, html, StandardCharsets.UTF_8);
      out.println(
          "Wrote "
              + incidents.size()
              + (incidents.size() == 1 ? " incident" : " incidents")
              + " to "
              + output);
      return 0;
    } catch (IOException e) {
      err.println("heal report: -o: cannot write " + output + ": " + e.getMessage());
      return 1;
    } finally {
      out.flush();
      err.flush();
    }
  }
}
