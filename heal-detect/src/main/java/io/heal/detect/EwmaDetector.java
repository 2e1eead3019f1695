package io.heal.detect;

import io.heal.detect.internal.EwmaStats;
import io.heal.detect.internal.ZScores;
import io.heal.detect.spi.Detector;
import io.heal.detect.spi.DetectorFactory;
import io.heal.detect.spi.Verdict;

/**
 * An adaptive baseline: exponentially weighted mean and variance, and the z-score of each sample
 * against the baseline before it. MEDIUM from |z| >= {@value #DEFAULT_MEDIUM_Z}, HIGH from |z| >=
 * {@value #DEFAULT_HIGH_Z} by default; silent for the first {@code warmupSamples}. Not thread-safe.
 */
public final class EwmaDetector implements Detector {

  /** The name used in configuration. */
  public static final String NAME = "ewma";

  public static final double DEFAULT_MEDIUM_Z = 2.0;
  public static final double DEFAULT_HIGH_Z = 3.0;

  /** Samples after which an old sample weighs half as much as a new one. */
  public static final double DEFAULT_HALF_LIFE_SAMPLES = 60;

  public static final int DEFAULT_WARMUP_SAMPLES = 30;

  private final EwmaStats stats;
  private final double mediumZ;
  private final double highZ;
  private final int warmupSamples;

  public EwmaDetector(double halfLifeSamples, double mediumZ, double highZ, int warmupSamples) {
    if (!(mediumZ > 0 && highZ >= mediumZ)) {
      throw new IllegalArgumentException(
          "mediumZ, highZ: need 0 < mediumZ <= highZ, found " + mediumZ + ", " + highZ);
    }
    if (warmupSamples < 2) {
      throw new IllegalArgumentException(
          "warmupSamples: must be at least 2, found " + warmupSamples);
    }
    this.stats = new EwmaStats(EwmaStats.alphaForHalfLife(halfLifeSamples));
    this.mediumZ = mediumZ;
    this.highZ = highZ;
    this.warmupSamples = warmupSamples;
  }

  /** A detector with the defaults. */
  public EwmaDetector() {
    this(DEFAULT_HALF_LIFE_SAMPLES, DEFAULT_MEDIUM_Z, DEFAULT_HIGH_Z, DEFAULT_WARMUP_SAMPLES);
  }

  /** A factory for detectors with the defaults. */
  public static DetectorFactory factory() {
    return Factories.of(NAME, s -> new EwmaDetector());
  }

  @Override
  public Verdict observe(long timeMillis, double value) {
    Verdict v = Verdict.NORMAL;
    if (stats.count() >= warmupSamples) {
      double z = ZScores.z(value, stats.mean(), stats.stdDev());
      v = ZScores.verdict(z, stats.mean(), stats.stdDev(), mediumZ, highZ, "baseline");
    }
    stats.add(value);
    return v;
  }
}
