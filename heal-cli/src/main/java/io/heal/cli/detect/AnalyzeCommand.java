package io.heal.cli.detect;

import io.heal.core.anomaly.Anomaly;
import io.heal.detect.Detectors;
import io.heal.detect.snapshot.MetricsSnapshot;
import io.heal.detect.snapshot.SnapshotAnalyzer;
import io.heal.detect.snapshot.SnapshotReader;
import io.heal.detect.snapshot.SnapshotSeries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Run the detectors over a metrics snapshot (JSON, see {@link MetricsSnapshot}) and print the
 * anomalies with their hints. Exit code 0 when the snapshot was analyzed (anomalies or not), 2 for
 * bad input.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Run the detectors over a metrics snapshot (JSON) and print the anomalies.",
      "Snapshot: {\"service\":\"api\",\"series\":[{\"metric\":\"latency_p95_ms\",\"unit\":\"ms\","
          + "\"points\":[[1700000000000,120.5],[\"2024-01-01T00:01:00Z\",118]]}]}"
    })
public final class AnalyzeCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "Snapshot file, or - for stdin (default).")
  String file = "-";

  @Option(
      names = "--detector",
      description =
          "Detector for series that name none (default: the daemon's default). Known: "
              + "${COMPLETION-CANDIDATES}",
      completionCandidates = BenchNabCommand.DetectorNames.class)
  String detector;

  @Override
  public Integer call() throws IOException {
    String json;
    try {
      json =
          "-".equals(file)
              ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
              : Files.readString(Path.of(file));
    } catch (NoSuchFileException e) {
      System.err.println("heal analyze: FILE: no such file: " + file);
      return 2;
    }
    String fallback = detector == null ? Detectors.defaultName() : detector;
    MetricsSnapshot snapshot;
    List<Anomaly> anomalies;
    try {
      snapshot = SnapshotReader.read(json);
      anomalies = SnapshotAnalyzer.analyze(snapshot, fallback);
    } catch (IllegalArgumentException e) {
      System.err.println("heal analyze: " + e.getMessage());
      return 2;
    }
    // a run of anomalies on consecutive samples of one series prints as its first one
    for (int i = 0; i < anomalies.size(); ) {
      Anomaly a = anomalies.get(i);
      int j = i + 1;
      while (j < anomalies.size()
          && anomalies.get(j).metric().equals(a.metric())
          && consecutive(snapshot, anomalies.get(j - 1), anomalies.get(j))) {
        j++;
      }
      System.out.printf(
          Locale.ROOT,
          "%s  %-6s %s/%s  score %.3f  [%s]  %s%s%n",
          a.at(),
          a.severity(),
          a.service(),
          a.metric(),
          a.score(),
          a.detector(),
          a.hint(),
          j - i > 1
              ? "  (" + (j - i) + " samples in a row, until " + anomalies.get(j - 1).at() + ")"
              : "");
      i = j;
    }
    int points = snapshot.series().stream().mapToInt(s -> s.values().length).sum();
    System.out.printf(
        Locale.ROOT,
        "%d anomal%s in %d series (%d points) of service %s%n",
        anomalies.size(),
        anomalies.size() == 1 ? "y" : "ies",
        snapshot.series().size(),
        points,
        snapshot.service());
    return 0;
  }

  /** Whether {@code b} is on the sample right after {@code a}'s in their series. */
  private static boolean consecutive(MetricsSnapshot snapshot, Anomaly a, Anomaly b) {
    for (SnapshotSeries s : snapshot.series()) {
      if (s.info().metric().equals(a.metric())) {
        long[] t = s.timesMillis();
        int ia = java.util.Arrays.binarySearch(t, a.at().toEpochMilli());
        return ia >= 0 && ia + 1 < t.length && t[ia + 1] == b.at().toEpochMilli();
      }
    }
    return false;
  }
}
