package io.heal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.core.anomaly.Severity;
import io.heal.detect.spi.Detector;
import io.heal.detect.spi.DetectorFactory;
import io.heal.detect.spi.SeriesInfo;
import io.heal.detect.spi.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every detector promises (the {@link Detector} contract), checked for each built-in. */
class DetectorContractTest {

  static Stream<DetectorFactory> detectors() {
    List<DetectorFactory> all = new ArrayList<>();
    Detectors.names().forEach(n -> all.add(Detectors.byName(n).orElseThrow()));
    all.add(ThresholdDetector.factory(10, -10, 2, Severity.HIGH));
    all.add(BurnRateDetector.errorRatioFactory(0.999));
    all.add(BurnRateDetector.latencyFactory(0.99, 300));
    all.add(HoltWintersDetector.factory(24));
    return all.stream();
  }

  private static final SeriesInfo SERIES = new SeriesInfo("m", "ms", 0, 1000);

  /** Awkward but finite input: spikes, huge and tiny values, flat runs, repeated timestamps. */
  private static double[] awkward() {
    Random r = new Random(99);
    double[] v = new double[3000];
    for (int i = 0; i < v.length; i++) {
      v[i] =
          switch (i / 500) {
            case 0 -> 100 + 10 * r.nextGaussian();
            case 1 -> 42; // flat
            case 2 -> r.nextInt(50) == 0 ? 1e12 : -1e-9;
            case 3 -> i % 2 == 0 ? 0 : 1000;
            default -> 500 + (i % 7);
          };
    }
    return v;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("detectors")
  void neverThrowsAndScoresWithinZeroAndOneForFiniteValues(DetectorFactory factory) {
    Detector d = factory.create(SERIES);
    double[] v = awkward();

    for (int i = 0; i < v.length; i++) {
      long t = 1_700_000_000_000L + (i / 3) * 60_000L; // three samples per timestamp
      Verdict verdict = d.observe(t, v[i]);

      assertThat(verdict).isNotNull();
      assertThat(verdict.score()).isBetween(0.0, 1.0);
      if (verdict.isAnomaly()) {
        assertThat(verdict.reason()).isNotBlank();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("detectors")
  void eachCreatedDetectorHasItsOwnState(DetectorFactory factory) {
    Detector first = factory.create(SERIES);
    Detector second = factory.create(SERIES);
    double[] v = awkward();
    List<Double> a = new ArrayList<>();
    List<Double> b = new ArrayList<>();

    for (int i = 0; i < v.length; i++) {
      a.add(first.observe(i * 60_000L, v[i]).score());
    }
    for (int i = 0; i < v.length; i++) {
      b.add(second.observe(i * 60_000L, v[i]).score());
    }

    assertThat(b).isEqualTo(a);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("detectors")
  void worksWithoutAKnownRange(DetectorFactory factory) {
    if (factory.name().equals(SaturationDetector.NAME)) {
      return; // saturation needs its limit by definition
    }
    Detector d = factory.create(SeriesInfo.of("m"));
    double[] v = awkward();

    for (int i = 0; i < v.length; i++) {
      assertThat(d.observe(i * 60_000L, v[i]).score()).isBetween(0.0, 1.0);
    }
  }
}
