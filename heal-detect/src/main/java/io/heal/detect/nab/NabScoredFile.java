package io.heal.detect.nab;

/**
 * A file of a NAB corpus with one anomaly score per row from a detector.
 *
 * @param file the data file
 * @param scores one score in [0, 1] per row of the file
 */
public record NabScoredFile(NabFile file, double[] scores) {

  public NabScoredFile {
    if (scores.length != file.rows()) {
      throw new IllegalArgumentException(
          "scores: must have one per row of "
              + file.key()
              + " ("
              + file.rows()
              + "), found "
              + scores.length);
    }
  }
}
