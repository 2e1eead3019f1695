package io.heal.detect.nab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Scores per-row anomaly scores exactly as NAB does: probation, sigmoid-weighted windows, one
 * threshold per profile for the whole corpus chosen by a sweep, normalisation to 0..100.
 *
 * <p>Stateless and thread-safe.
 */
public final class NabScorer {

  private NabScorer() {}

  /** NAB's scaled sigmoid: -1 past 3, else {@code 2 * sigmoid(-5p) - 1}. */
  static double scaledSigmoid(double p) {
    if (p > 3.0) {
      return -1.0;
    }
    return 2.0 * (1.0 / (1.0 + Math.exp(5.0 * p))) - 1.0;
  }

  /** The weight of the first row of a window before scaling: {@code ss(-1)}. */
  static final double MAX_TP = scaledSigmoid(-1.0);

  /** Scores the files under one profile. */
  public static NabResult score(List<NabScoredFile> files, NabProfile profile) {
    Pool pool = Pool.of(files, profile);
    int windows = pool.windowCount;
    double[] windowValue = new double[windows];
    Arrays.fill(windowValue, -profile.fnWeight());
    boolean[] detected = new boolean[windows];
    double total = -profile.fnWeight() * windows;
    double best = total;
    double bestThreshold = Double.POSITIVE_INFINITY;
    Integer[] order = pool.orderByScoreDescending();
    int k = 0;
    while (k < order.length) {
      double s = pool.scores[order[k]];
      while (k < order.length && pool.scores[order[k]] == s) {
        int r = order[k++];
        int w = pool.windows[r];
        if (w < 0) {
          total += pool.weights[r];
        } else {
          double next = detected[w] ? Math.max(windowValue[w], pool.weights[r]) : pool.weights[r];
          total += next - windowValue[w];
          windowValue[w] = next;
          detected[w] = true;
        }
      }
      if (total > best) {
        best = total;
        bestThreshold = s;
      }
    }
    return pool.resultAt(bestThreshold, profile);
  }

  /** Scores the files under every profile, in the order given. */
  public static List<NabResult> scoreAll(List<NabScoredFile> files, List<NabProfile> profiles) {
    List<NabResult> results = new ArrayList<>();
    for (NabProfile p : profiles) {
      results.add(score(files, p));
    }
    return results;
  }

  /** Scored rows of every file, pooled. */
  private static final class Pool {
    double[] scores;
    double[] weights;
    int[] windows;
    int[] categoryOf;
    int windowCount;
    List<String> categories = new ArrayList<>();
    int[] windowCategory;

    static Pool of(List<NabScoredFile> files, NabProfile profile) {
      Pool p = new Pool();
      int rows = 0;
      TreeMap<String, Integer> cats = new TreeMap<>();
      for (NabScoredFile f : files) {
        rows += f.file().rows() - f.file().probationRows();
        p.windowCount += f.file().windows().size();
        cats.putIfAbsent(f.file().category(), 0);
      }
      p.categories.addAll(cats.keySet());
      p.scores = new double[rows];
      p.weights = new double[rows];
      p.windows = new int[rows];
      p.categoryOf = new int[rows];
      p.windowCategory = new int[p.windowCount];
      int r = 0;
      int windowBase = 0;
      for (NabScoredFile f : files) {
        int cat = p.categories.indexOf(f.file().category());
        RowWeights rw = RowWeights.of(f.file(), profile);
        for (int w = 0; w < f.file().windows().size(); w++) {
          p.windowCategory[windowBase + w] = cat;
        }
        for (int i = f.file().probationRows(); i < f.file().rows(); i++, r++) {
          p.scores[r] = f.scores()[i];
          p.weights[r] = rw.weights()[i];
          p.windows[r] = rw.windows()[i] < 0 ? -1 : windowBase + rw.windows()[i];
          p.categoryOf[r] = cat;
        }
        windowBase += f.file().windows().size();
      }
      return p;
    }

    Integer[] orderByScoreDescending() {
      Integer[] order = new Integer[scores.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
      return order;
    }

    NabResult resultAt(double threshold, NabProfile profile) {
      int c = categories.size();
      double[] windowValue = new double[windowCount];
      Arrays.fill(windowValue, -profile.fnWeight());
      boolean[] detected = new boolean[windowCount];
      double[] fpRaw = new double[c];
      int[] fpRows = new int[c];
      int tp = 0;
      int fp = 0;
      int tn = 0;
      int fn = 0;
      for (int r = 0; r < scores.length; r++) {
        boolean hit = scores[r] >= threshold;
        int w = windows[r];
        if (w < 0) {
          if (hit) {
            fp++;
            fpRows[categoryOf[r]]++;
            fpRaw[categoryOf[r]] += weights[r];
          } else {
            tn++;
          }
        } else if (hit) {
          tp++;
          windowValue[w] = detected[w] ? Math.max(windowValue[w], weights[r]) : weights[r];
          detected[w] = true;
        } else {
          fn++;
        }
      }
      double raw = 0;
      List<NabCategoryResult> details = new ArrayList<>();
      for (int k = 0; k < c; k++) {
        double catRaw = fpRaw[k];
        int catWindows = 0;
        int catDetected = 0;
        for (int w = 0; w < windowCount; w++) {
          if (windowCategory[w] == k) {
            catRaw += windowValue[w];
            catWindows++;
            catDetected += detected[w] ? 1 : 0;
          }
        }
        raw += catRaw;
        details.add(
            new NabCategoryResult(
                categories.get(k),
                catWindows,
                catDetected,
                fpRows[k],
                catRaw,
                normalise(catRaw, catWindows, profile)));
      }
      return new NabResult(
          profile, threshold, normalise(raw, windowCount, profile), raw, tp, fp, tn, fn, details);
    }

    private static double normalise(double raw, int windows, NabProfile profile) {
      double nothing = -profile.fnWeight() * windows;
      double perfect = profile.tpWeight() * windows;
      return windows == 0 ? Double.NaN : 100.0 * (raw - nothing) / (perfect - nothing);
    }
  }
}
