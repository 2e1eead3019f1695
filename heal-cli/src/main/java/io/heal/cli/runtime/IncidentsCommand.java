package io.heal.cli.runtime;

import io.heal.core.incident.Incident;
import io.heal.report.IncidentTable;
import io.heal.report.IncidentText;
import io.heal.store.HealJson;
import io.heal.store.JsonFileIncidentStore;
import io.heal.store.WriteAheadLog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code heal incidents}: the incidents in a data directory as a table, or {@code heal incidents
 * show ID} for one in full. Reads the files directly, so it works with no daemon running; the table
 * also shows what the write-ahead log holds and the incident files do not yet.
 */
@Command(
    name = "incidents",
    mixinStandardHelpOptions = true,
    description = "List incidents, or show one in full.")
public final class IncidentsCommand implements Callable<Integer> {

  /** Heal's data directory when {@code -d} is not given. */
  public static final String DEFAULT_DATA_DIR = "heal-data";

  @Spec CommandSpec spec;

  @Option(
      names = {"-d", "--data-dir"},
      defaultValue = DEFAULT_DATA_DIR,
      description = "Heal's data directory (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = dataDir.resolve(JsonFileIncidentStore.INCIDENTS_DIR);
    if (!Files.isDirectory(dir)) {
      out.println("No incidents: " + dir + " does not exist.");
      out.flush();
      return 0;
    }
    JsonFileIncidentStore store = open(dataDir, err);
    List<Incident> unsaved = unsaved(dataDir, store, err);
    Map<String, Incident> byId = new LinkedHashMap<>();
    store.list().forEach(i -> byId.put(i.id(), i));
    unsaved.forEach(i -> byId.put(i.id(), i));
    List<Incident> all = new ArrayList<>(byId.values());
    all.sort(JsonFileIncidentStore.OLDEST_FIRST);
    out.print(IncidentTable.render(all));
    if (!unsaved.isEmpty()) {
      out.println(
          unsaved.size()
              + " of them as read from "
              + dataDir.resolve(WriteAheadLog.FILE_NAME)
              + ": accepted by Heal and not yet saved under "
              + dir
              + " (Heal is saving them, or stopped first; its next start saves them)");
    }
    out.flush();
    err.flush();
    return 0;
  }

  /** {@code heal incidents show ID}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Show one incident in full: timeline with offsets from onset, and evidence.")
  int show(
      @Parameters(paramLabel = "ID", description = "The incident id, as listed.") String id,
      @Option(
              names = {"-d", "--data-dir"},
              description =
                  "Heal's data directory (default: as given to 'incidents', else heal-data).")
          Path showDataDir,
      @Option(names = "--json", description = "Print the stored JSON as it is.") boolean json) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path base = showDataDir != null ? showDataDir : dataDir;
    try {
      Path dir = base.resolve(JsonFileIncidentStore.INCIDENTS_DIR);
      JsonFileIncidentStore store = Files.isDirectory(dir) ? open(base, err) : null;
      // a newer snapshot that only the write-ahead log holds yet is the one to show
      Optional<Incident> unsaved =
          store == null
              ? Optional.empty()
              : unsaved(base, store, err).stream().filter(i -> i.id().equals(id)).findFirst();
      Optional<Incident> incident =
          store == null ? Optional.empty() : unsaved.or(() -> store.find(id));
      if (incident.isEmpty()) {
        err.println(
            "heal incidents show: no incident '"
                + id
                + "' in "
                + dir
                + " (list them with: heal incidents -d "
                + base
                + ")");
        return 1;
      }
      if (json && unsaved.isEmpty()) {
        Path file = store.fileOf(id);
        out.print(Files.readString(file, StandardCharsets.UTF_8));
        out.println();
      } else if (json) {
        out.println(HealJson.pretty().asString(unsaved.get()));
      } else {
        out.print(IncidentText.render(incident.get()));
      }
      if (unsaved.isPresent()) {
        err.println(
            "heal incidents show: as read from "
                + base.resolve(WriteAheadLog.FILE_NAME)
                + "; not yet saved under "
                + dir);
      }
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("heal incidents show: " + e.getMessage());
      return 1;
    } catch (IOException | UncheckedIOException e) {
      err.println("heal incidents show: cannot read incident '" + id + "': " + e.getMessage());
      return 1;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The log's snapshots newer than the store's; none, with a warning, if the log is unreadable. */
  private static List<Incident> unsaved(
      Path dataDir, JsonFileIncidentStore store, PrintWriter err) {
    try {
      return WriteAheadLog.unsaved(dataDir, store);
    } catch (IllegalStateException | UncheckedIOException e) {
      err.println("heal incidents: " + e.getMessage());
      return List.of();
    }
  }

  private static JsonFileIncidentStore open(Path dataDir, PrintWriter err) {
    return JsonFileIncidentStore.inDataDir(
        dataDir, bad -> err.println("heal incidents: skipped unreadable " + bad));
  }
}
