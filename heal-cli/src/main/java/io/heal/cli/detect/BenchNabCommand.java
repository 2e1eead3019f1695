package io.heal.cli.detect;

import io.heal.detect.Detectors;
import io.heal.detect.nab.NabCategoryResult;
import io.heal.detect.nab.NabCorpus;
import io.heal.detect.nab.NabResult;
import io.heal.detect.nab.NabResultsWriter;
import io.heal.detect.nab.NabRunner;
import io.heal.detect.nab.NabScoredFile;
import io.heal.detect.nab.NabScorer;
import io.heal.detect.spi.DetectorFactory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Score a detector on a NAB-layout folder, as NAB does, under every cost profile. */
@Command(
    name = "nab",
    mixinStandardHelpOptions = true,
    description = "Score a detector on a NAB-layout folder (all three cost profiles).")
public final class BenchNabCommand implements Callable<Integer> {

  @Option(
      names = "--data",
      required = true,
      description =
          "NAB-layout folder (data/, labels/combined_windows.json, config/profiles.json).")
  Path data;

  @Option(
      names = "--detector",
      description =
          "Detector name (default: the daemon's default). Known: ${COMPLETION-CANDIDATES}",
      completionCandidates = DetectorNames.class)
  String detector;

  @Option(
      names = "--out",
      description = "Write per-row scores as <out>/<detector>/<category>/<detector>_<file>.csv.")
  Path out;

  @Override
  public Integer call() throws IOException {
    String name = detector == null ? Detectors.defaultName() : detector;
    Optional<DetectorFactory> factory = Detectors.byName(name);
    if (factory.isEmpty()) {
      System.err.println(
          "heal bench nab: --detector: unknown detector '"
              + name
              + "', known: "
              + Detectors.names());
      return 2;
    }
    if (!Files.isDirectory(data)) {
      System.err.println("heal bench nab: --data: not a folder: " + data);
      return 2;
    }
    NabCorpus corpus;
    try {
      corpus = NabCorpus.load(data);
    } catch (IllegalArgumentException e) {
      System.err.println("heal bench nab: --data: " + e.getMessage());
      return 2;
    }
    long start = System.nanoTime();
    List<NabScoredFile> scored = NabRunner.run(corpus, factory.get());
    long elapsedNanos = System.nanoTime() - start;
    List<NabResult> results = NabScorer.scoreAll(scored, corpus.profiles());
    print(System.out, name, corpus, results, elapsedNanos);
    if (out != null) {
      int n = NabResultsWriter.write(out, name, scored);
      System.out.printf("wrote %d files under %s%n", n, out.resolve(name));
    }
    return 0;
  }

  static void print(
      PrintStream o, String name, NabCorpus corpus, List<NabResult> results, long elapsedNanos) {
    int rows = corpus.files().stream().mapToInt(f -> f.rows()).sum();
    o.printf(
        Locale.ROOT,
        "detector %s on %d files, %d windows, %d rows (%.0f rows/s incl. warm-up)%n",
        name,
        corpus.files().size(),
        corpus.windowCount(),
        rows,
        rows / (elapsedNanos / 1e9));
    o.printf(
        Locale.ROOT,
        "%-22s %10s %12s %6s %6s %8s%n",
        "profile",
        "score",
        "threshold",
        "TP",
        "FP",
        "FN");
    for (NabResult r : results) {
      o.printf(
          Locale.ROOT,
          "%-22s %10.6f %12.6f %6d %6d %8d%n",
          r.profile().name(),
          r.score(),
          r.threshold(),
          r.truePositives(),
          r.falsePositives(),
          r.falseNegatives());
    }
    for (NabResult r : results) {
      o.printf(Locale.ROOT, "%n%s: per category%n", r.profile().name());
      o.printf(
          Locale.ROOT,
          "  %-24s %8s %9s %8s %10s%n",
          "category",
          "windows",
          "detected",
          "FP rows",
          "score");
      for (NabCategoryResult c : r.categories()) {
        o.printf(
            Locale.ROOT,
            "  %-24s %8d %9d %8d %10s%n",
            c.category(),
            c.windows(),
            c.windowsDetected(),
            c.falsePositiveRows(),
            Double.isNaN(c.score())
                ? String.format(Locale.ROOT, "raw %.3f", c.raw())
                : String.format(Locale.ROOT, "%.2f", c.score()));
      }
    }
  }

  /** Names offered for {@code --detector}. */
  static final class DetectorNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Detectors.names().iterator();
    }
  }
}
