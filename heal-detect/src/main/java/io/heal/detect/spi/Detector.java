package io.heal.detect.spi;

/**
 * A streaming anomaly detector for one metric series.
 *
 * <p>Samples are fed in time order, one at a time; the verdict for a sample depends only on that
 * sample and the ones before it. Implementations keep constant memory and do constant work per
 * sample, take time as data (never read a clock), and never throw for a finite value: a value that
 * cannot be judged yields {@link Verdict#NORMAL}. Instances are not thread-safe; make one per
 * series with a {@link DetectorFactory}.
 */
public interface Detector {

  /**
   * Feeds one sample and judges it.
   *
   * @param timeMillis the sample's time, in milliseconds since the epoch
   * @param value the sample's value
   * @return the verdict for this sample, never null
   */
  Verdict observe(long timeMillis, double value);
}
