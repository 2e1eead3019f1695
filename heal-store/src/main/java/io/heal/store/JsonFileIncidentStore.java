package io.heal.store;

import com.fasterxml.jackson.jr.ob.JSON;
import io.heal.core.incident.Incident;
import io.heal.core.incident.IncidentStore;
import io.heal.store.internal.DurableFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Incidents as one JSON file each, {@code <dir>/<id>.json}, written crash-safely: to a temporary
 * file in the same directory, forced to disk, renamed over the old file atomically, then the
 * directory is forced. A kill -9 of Heal at any moment leaves every file either at its old or its
 * new content, and a {@link #save} that returned survives.
 *
 * <p>{@link #list()} skips a file it cannot parse and reports it to the listener given at
 * construction (by default a line on standard error) instead of failing the whole listing.
 * Temporary files left by a crash are ignored by reads; the owning process removes them with {@link
 * #deleteLeftoverTempFiles()} at start.
 *
 * <p>Thread-safe: saves are serialised so two saves of one id land in call order; reads take no
 * lock (a rename is atomic). Other processes (such as {@code heal incidents}) may read the
 * directory while Heal writes it.
 */
public final class JsonFileIncidentStore implements IncidentStore {

  /** Name of the incident directory inside Heal's data directory. */
  public static final String INCIDENTS_DIR = "incidents";

  /** Extension of incident files. */
  public static final String EXTENSION = ".json";

  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

  /** The order of {@link #list()}: by onset, then id. */
  public static final Comparator<Incident> OLDEST_FIRST =
      Comparator.comparing(Incident::onsetAt).thenComparing(Incident::id);

  private final Path dir;
  private final Consumer<? super UnreadableFile> onUnreadable;
  private final JSON json = HealJson.pretty();
  private final ReentrantLock writeLock = new ReentrantLock();

  /** A store in {@code dir} (created if missing) that reports unreadable files on stderr. */
  public JsonFileIncidentStore(Path dir) {
    this(dir, bad -> System.err.println("heal: skipped unreadable incident " + bad));
  }

  /**
   * A store in {@code dir} (created if missing).
   *
   * @param onUnreadable told about each file {@link #list()} could not parse; must not throw
   */
  public JsonFileIncidentStore(Path dir, Consumer<? super UnreadableFile> onUnreadable) {
    this.dir = Objects.requireNonNull(dir, "dir");
    this.onUnreadable = Objects.requireNonNull(onUnreadable, "onUnreadable");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("dir: cannot create incident directory " + dir, e);
    }
  }

  /** The store in {@code <dataDir>/incidents}, the layout Heal's daemon and CLI share. */
  public static JsonFileIncidentStore inDataDir(
      Path dataDir, Consumer<? super UnreadableFile> onUnreadable) {
    return new JsonFileIncidentStore(
        Objects.requireNonNull(dataDir, "dataDir").resolve(INCIDENTS_DIR), onUnreadable);
  }

  /** The file an incident with this id is (or would be) stored in. */
  public Path fileOf(String id) {
    return fileFor(id);
  }

  /** The directory holding the incident files. */
  public Path directory() {
    return dir;
  }

  @Override
  public void save(Incident incident) {
    Objects.requireNonNull(incident, "incident");
    Path file = fileFor(incident.id());
    byte[] bytes;
    try {
      bytes = json.asBytes(incident);
    } catch (IOException e) {
      throw new IllegalStateException("incident " + incident.id() + ": cannot serialise", e);
    }
    writeLock.lock();
    try {
      DurableFiles.writeAtomically(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("incident " + incident.id() + ": cannot write " + file, e);
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if {@code id} cannot be a file name (such as {@code ../x})
   * @throws UncheckedIOException if the file exists but cannot be read or parsed
   */
  @Override
  public Optional<Incident> find(String id) {
    Path file = fileFor(id);
    try {
      return Optional.of(json.beanFrom(Incident.class, Files.readAllBytes(file)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("incident " + id + ": cannot read " + file, e);
    }
  }

  @Override
  public List<Incident> list() {
    List<Incident> incidents = new ArrayList<>();
    for (Path file : incidentFiles()) {
      try {
        incidents.add(json.beanFrom(Incident.class, Files.readAllBytes(file)));
      } catch (NoSuchFileException e) {
        // replaced or removed between listing and reading; nothing to report
      } catch (IOException | RuntimeException e) {
        onUnreadable.accept(new UnreadableFile(file, String.valueOf(e.getMessage())));
      }
    }
    incidents.sort(OLDEST_FIRST);
    return incidents;
  }

  /**
   * Deletes temporary files a crashed writer left behind and last modified more than {@code minAge}
   * ago. Call from the process that owns the store, at start.
   *
   * @return how many were deleted
   */
  public int deleteLeftoverTempFiles(Duration minAge) {
    Instant cutoff = Instant.now().minus(Objects.requireNonNull(minAge, "minAge"));
    int deleted = 0;
    try (DirectoryStream<Path> temps =
        Files.newDirectoryStream(dir, "." + "*" + DurableFiles.TEMP_SUFFIX)) {
      for (Path temp : temps) {
        if (Files.getLastModifiedTime(temp).toInstant().isBefore(cutoff)
            && Files.deleteIfExists(temp)) {
          deleted++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("dir: cannot clean temporary files in " + dir, e);
    }
    return deleted;
  }

  private List<Path> incidentFiles() {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*" + EXTENSION)) {
      for (Path file : stream) {
        if (!file.getFileName().toString().startsWith(".")) {
          files.add(file);
        }
      }
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("dir: cannot list " + dir, e);
    }
    return files;
  }

  private Path fileFor(String id) {
    Objects.requireNonNull(id, "id");
    if (!SAFE_ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "id: must be letters, digits, '.', '_' or '-' (not starting with one of the last three),"
              + " found '"
              + id
              + "'");
    }
    return dir.resolve(id + EXTENSION);
  }
}
