package io.heal.detect.internal;

/**
 * The relative-entropy test of Wang et al. (ICAC 2011) as NAB runs it: the distribution P of the
 * last {@code window} values over {@value #BINS} equal bins of a range is compared with the
 * distributions seen before (hypotheses) by {@code 2 * window * KL(P || Q)} against the 0.99
 * chi-squared quantile; one unlike all of them is novel and becomes a hypothesis.
 *
 * <p>Memory is bounded: at most {@code maxHypotheses} are kept; when full, the least confirmed one
 * is replaced. Hypotheses live in two flat arrays that grow as hypotheses are added (a steady
 * series needs a handful), so a detector on each of hundreds of series stays small. Bin counts are
 * kept incrementally, hypotheses keep their logarithms, and a window whose distribution did not
 * change since the last sample confirms the same hypothesis without a search, so the steady state
 * costs a few operations per sample. Not thread-safe.
 */
public final class DistributionNovelty {

  /** Bins of the value range. */
  public static final int BINS = 5;

  /** The 0.99 quantile of chi-squared with {@code BINS - 1} degrees of freedom. */
  public static final double CHI2_THRESHOLD = 13.276704135987622;

  private static final int OUTSIDE = -1;

  /** Room for this many hypotheses at first; doubled as needed up to the maximum. */
  private static final int INITIAL_HYPOTHESES = 4;

  private final int window;
  private final double[] ring;
  private final int[] ringBins;
  private final int[] binCounts = new int[BINS];
  private int counted;
  private long seen;
  private double lo = Double.NaN;
  private double hi = Double.NaN;
  private final int maxHypotheses;
  // hypothesis h occupies [h * BINS, (h + 1) * BINS) of both arrays
  private double[] hypotheses;
  private double[] logHypotheses;
  private int[] confirmations;
  private int hypothesisCount;
  private int lastBest = -1;
  private boolean changed = true;
  private final double[] p = new double[BINS];

  public DistributionNovelty(int window, int maxHypotheses) {
    if (window < 2 || maxHypotheses < 1) {
      throw new IllegalArgumentException(
          "window, maxHypotheses: must be at least 2 and 1, found "
              + window
              + ", "
              + maxHypotheses);
    }
    this.window = window;
    this.ring = new double[window];
    this.ringBins = new int[window];
    this.maxHypotheses = maxHypotheses;
    int initial = Math.min(maxHypotheses, INITIAL_HYPOTHESES);
    this.hypotheses = new double[initial * BINS];
    this.logHypotheses = new double[initial * BINS];
    this.confirmations = new int[initial];
  }

  /** Forgets every value and hypothesis (the range changed). */
  public void reset() {
    seen = 0;
    hypothesisCount = 0;
    counted = 0;
    java.util.Arrays.fill(binCounts, 0);
    lastBest = -1;
    changed = true;
  }

  /**
   * Adds a value and tests the window's distribution over [lo, hi]; returns 1 when it is novel, 0
   * when it confirms a hypothesis or the window is not yet full.
   */
  public double update(double value, double lo, double hi) {
    if (lo != this.lo || hi != this.hi) {
      rebin(lo, hi);
    }
    int slot = (int) (seen % window);
    int newBin = bin(value);
    if (seen >= window) {
      changed |= ringBins[slot] != newBin;
      remove(ringBins[slot]);
    } else {
      changed = true;
    }
    ring[slot] = value;
    ringBins[slot] = newBin;
    add(newBin);
    seen++;
    if (seen < window || !(hi > lo)) {
      return 0;
    }
    int best = changed || lastBest < 0 ? search() : lastBest;
    changed = false;
    if (best >= 0) {
      lastBest = best;
      confirmations[best]++;
      return confirmations[best] <= 1 ? 1 : 0;
    }
    int h = hypothesisCount < maxHypotheses ? hypothesisCount++ : leastConfirmed();
    if (h == confirmations.length) {
      grow();
    }
    for (int i = 0; i < BINS; i++) {
      hypotheses[h * BINS + i] = p[i];
      logHypotheses[h * BINS + i] = Math.log(p[i]);
    }
    confirmations[h] = 1;
    lastBest = h;
    return 1;
  }

  private int search() {
    double selfInformation = 0;
    for (int i = 0; i < BINS; i++) {
      p[i] = counted == 0 ? 0 : binCounts[i] / (double) counted;
      if (p[i] > 0) {
        selfInformation += p[i] * Math.log(p[i]);
      }
    }
    int best = -1;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (int h = 0; h < hypothesisCount; h++) {
      double cross = 0;
      int base = h * BINS;
      boolean infinite = false;
      for (int i = 0; i < BINS; i++) {
        if (p[i] > 0) {
          if (hypotheses[base + i] == 0) {
            infinite = true;
            break;
          }
          cross += p[i] * logHypotheses[base + i];
        }
      }
      if (infinite) {
        continue;
      }
      double d = 2.0 * window * (selfInformation - cross);
      if (d < CHI2_THRESHOLD && d < bestDistance) {
        bestDistance = d;
        best = h;
      }
    }
    return best;
  }

  private int bin(double v) {
    double b = Math.ceil((v - lo) / ((hi - lo) / BINS));
    return b >= 0 && b <= BINS ? Math.min((int) b, BINS - 1) : OUTSIDE;
  }

  private void add(int b) {
    if (b != OUTSIDE) {
      binCounts[b]++;
      counted++;
    }
  }

  private void remove(int b) {
    if (b != OUTSIDE) {
      binCounts[b]--;
      counted--;
    }
  }

  private void rebin(double newLo, double newHi) {
    lo = newLo;
    hi = newHi;
    java.util.Arrays.fill(binCounts, 0);
    counted = 0;
    int held = (int) Math.min(seen, window);
    for (int i = 0; i < held; i++) {
      ringBins[i] = bin(ring[i]);
      add(ringBins[i]);
    }
    changed = true;
  }

  private void grow() {
    int capacity = Math.min(maxHypotheses, confirmations.length * 2);
    hypotheses = java.util.Arrays.copyOf(hypotheses, capacity * BINS);
    logHypotheses = java.util.Arrays.copyOf(logHypotheses, capacity * BINS);
    confirmations = java.util.Arrays.copyOf(confirmations, capacity);
  }

  private int leastConfirmed() {
    int min = 0;
    for (int h = 1; h < hypothesisCount; h++) {
      if (confirmations[h] < confirmations[min]) {
        min = h;
      }
    }
    return min;
  }
}
