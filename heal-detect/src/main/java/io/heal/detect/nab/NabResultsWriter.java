package io.heal.detect.nab;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes per-row scores in NAB's results layout: {@code
 * <out>/<detector>/<category>/<detector>_<file>.csv} with columns {@code
 * timestamp,value,anomaly_score}.
 */
public final class NabResultsWriter {

  private NabResultsWriter() {}

  /** Writes one CSV per file; returns the number of files written. */
  public static int write(Path out, String detector, List<NabScoredFile> files) throws IOException {
    for (NabScoredFile f : files) {
      Path dir = out.resolve(detector).resolve(f.file().category());
      Files.createDirectories(dir);
      Path csv = dir.resolve(detector + "_" + f.file().name() + ".csv");
      try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
        w.write("timestamp,value,anomaly_score\n");
        for (int i = 0; i < f.file().rows(); i++) {
          w.write(f.file().timestamps().get(i));
          w.write(',');
          w.write(BigDecimal.valueOf(f.file().values()[i]).toPlainString());
          w.write(',');
          w.write(Double.toString(f.scores()[i]));
          w.write('\n');
        }
      }
    }
    return files.size();
  }
}
