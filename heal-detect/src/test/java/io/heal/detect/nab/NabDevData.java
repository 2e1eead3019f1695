package io.heal.detect.nab;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the NAB dev half ({@code shared/nab-dev}) beside the repository, once per test run. */
public final class NabDevData {

  private static NabCorpus corpus;

  private NabDevData() {}

  /** The folder: {@code -Dheal.nab.dir}, else the first {@code shared/nab-dev} above this one. */
  public static Optional<Path> folder() {
    String prop = System.getProperty("heal.nab.dir");
    if (prop != null) {
      return Optional.of(Path.of(prop)).filter(Files::isDirectory);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared/nab-dev");
      if (Files.isDirectory(candidate.resolve("data"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The corpus, or the test is skipped when the folder is missing. */
  public static synchronized NabCorpus corpus() {
    Optional<Path> folder = folder();
    assumeTrue(folder.isPresent(), "NAB dev data not found: no shared/nab-dev above the repo");
    if (corpus == null) {
      corpus = NabCorpus.load(folder.get());
    }
    return corpus;
  }
}
