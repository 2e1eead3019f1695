package io.heal.detect;

import io.heal.core.anomaly.Severity;
import io.heal.detect.internal.TimeWindowAverage;
import io.heal.detect.spi.Detector;
import io.heal.detect.spi.DetectorFactory;
import io.heal.detect.spi.Verdict;
import java.util.List;
import java.util.Locale;

/**
 * SLO burn rate, multi-window and multi-burn-rate as in the Google SRE workbook. Each sample is the
 * share of bad events since the last one (an error ratio in [0, 1]); for a latency objective use
 * {@link #latencyFactory}, which counts a sample above the latency threshold as bad. Window means
 * are kept in twelve time buckets per window ({@link TimeWindowAverage}): constant memory, the
 * window's edge moving in twelfths. Not thread-safe.
 */
public final class BurnRateDetector implements Detector {

  /** The name used in configuration. */
  public static final String NAME = "slo-burn";

  private final double objective;
  private final double latencyThreshold;
  private final List<BurnRateRule> rules;
  private final TimeWindowAverage[] longAverages;
  private final TimeWindowAverage[] shortAverages;

  /**
   * @param objective the share of good events promised, in (0, 1), such as 0.999
   * @param latencyThreshold a sample above it is bad (latency objective), or NaN when samples are
   *     error ratios
   * @param rules the alerts, at least one
   */
  public BurnRateDetector(double objective, double latencyThreshold, List<BurnRateRule> rules) {
    if (!(objective > 0 && objective < 1)) {
      throw new IllegalArgumentException("objective: must be in (0, 1), found " + objective);
    }
    if (rules == null || rules.isEmpty()) {
      throw new IllegalArgumentException("rules: must name at least one rule, found " + rules);
    }
    this.objective = objective;
    this.latencyThreshold = latencyThreshold;
    this.rules = List.copyOf(rules);
    this.longAverages = new TimeWindowAverage[rules.size()];
    this.shortAverages = new TimeWindowAverage[rules.size()];
    for (int i = 0; i < rules.size(); i++) {
      longAverages[i] = new TimeWindowAverage(rules.get(i).longWindow().toMillis());
      shortAverages[i] = new TimeWindowAverage(rules.get(i).shortWindow().toMillis());
    }
  }

  /** A factory for an error-ratio objective with the workbook's rules. */
  public static DetectorFactory errorRatioFactory(double objective) {
    new BurnRateDetector(objective, Double.NaN, BurnRateRule.DEFAULTS);
    return Factories.of(
        NAME, s -> new BurnRateDetector(objective, Double.NaN, BurnRateRule.DEFAULTS));
  }

  /** A factory for a latency objective: {@code objective} of samples at or below the threshold. */
  public static DetectorFactory latencyFactory(double objective, double latencyThreshold) {
    if (Double.isNaN(latencyThreshold)) {
      throw new IllegalArgumentException("latencyThreshold: must be a number, found NaN");
    }
    new BurnRateDetector(objective, latencyThreshold, BurnRateRule.DEFAULTS);
    return Factories.of(
        NAME, s -> new BurnRateDetector(objective, latencyThreshold, BurnRateRule.DEFAULTS));
  }

  @Override
  public Verdict observe(long timeMillis, double value) {
    double bad =
        Double.isNaN(latencyThreshold)
            ? Math.max(0, Math.min(1, value))
            : (value > latencyThreshold ? 1 : 0);
    double budget = 1 - objective;
    double score = 0;
    BurnRateRule fired = null;
    double firedBurn = 0;
    for (int i = 0; i < rules.size(); i++) {
      BurnRateRule r = rules.get(i);
      longAverages[i].add(timeMillis, bad);
      shortAverages[i].add(timeMillis, bad);
      double burn = Math.min(longAverages[i].mean(), shortAverages[i].mean()) / budget;
      double x = burn / r.burnRate();
      score = Math.max(score, x / (1 + x));
      if (burn >= r.burnRate() && (fired == null || rank(r.severity()) > rank(fired.severity()))) {
        fired = r;
        firedBurn = burn;
      }
    }
    if (fired == null) {
      return Verdict.normal(score, budget, Double.NaN);
    }
    String reason =
        String.format(
            Locale.ROOT,
            "error budget burning %.1fx over %s and %s (objective %s%%, alert at %sx)",
            firedBurn,
            fired.longWindow(),
            fired.shortWindow(),
            io.heal.detect.internal.Numbers.format(objective * 100),
            io.heal.detect.internal.Numbers.format(fired.burnRate()));
    return new Verdict(score, budget, Double.NaN, fired.severity(), reason);
  }

  private static int rank(Severity s) {
    return s.ordinal();
  }
}
