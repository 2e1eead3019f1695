package io.heal.detect.nab;

/**
 * The NAB weight of a detection on each row of a file, and the window each row is in.
 *
 * @param weights per row: positive inside a window (the first row is worth {@code tp}), negative
 *     outside (a false positive just after a window costs little)
 * @param windows per row: the index of the file's window the row is in, or -1
 */
record RowWeights(double[] weights, int[] windows) {

  static RowWeights of(NabFile file, NabProfile profile) {
    int n = file.rows();
    double[] weights = new double[n];
    int[] windows = new int[n];
    int next = 0;
    NabWindow current = null;
    int currentIndex = -1;
    NabWindow previous = null;
    for (int i = 0; i < n; i++) {
      if (current == null
          && next < file.windows().size()
          && file.windows().get(next).startRow() == i) {
        currentIndex = next;
        current = file.windows().get(next++);
      }
      if (current != null) {
        double pos = -(current.endRow() - i + 1) / (double) current.width();
        weights[i] = NabScorer.scaledSigmoid(pos) * profile.tpWeight() / NabScorer.MAX_TP;
        windows[i] = currentIndex;
      } else {
        windows[i] = -1;
        if (previous == null) {
          weights[i] = -profile.fpWeight();
        } else {
          double past = Math.abs(i - previous.endRow()) / (double) (previous.width() - 1);
          weights[i] = NabScorer.scaledSigmoid(past) * profile.fpWeight();
        }
      }
      if (current != null && i == current.endRow()) {
        previous = current;
        current = null;
      }
    }
    return new RowWeights(weights, windows);
  }
}
