package io.heal.detect.nab;

import io.heal.detect.spi.Detector;
import io.heal.detect.spi.DetectorFactory;
import io.heal.detect.spi.SeriesInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a detector over every file of a corpus under NAB's rules: rows fed in order, a fresh
 * detector per file, the file's minimum and maximum as the only look-ahead.
 */
public final class NabRunner {

  private NabRunner() {}

  /** The per-row scores of a fresh detector over each file. */
  public static List<NabScoredFile> run(NabCorpus corpus, DetectorFactory factory) {
    List<NabScoredFile> out = new ArrayList<>();
    for (NabFile file : corpus.files()) {
      out.add(run(file, factory));
    }
    return out;
  }

  /** The per-row scores of a fresh detector over one file. */
  public static NabScoredFile run(NabFile file, DetectorFactory factory) {
    Detector detector = factory.create(SeriesInfo.withRange(file.key(), file.min(), file.max()));
    double[] scores = new double[file.rows()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = detector.observe(file.timesMillis()[i], file.values()[i]).score();
    }
    return new NabScoredFile(file, scores);
  }
}
