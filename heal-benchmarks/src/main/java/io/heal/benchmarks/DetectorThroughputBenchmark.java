package io.heal.benchmarks;

import io.heal.detect.Detectors;
import io.heal.detect.spi.Detector;
import io.heal.detect.spi.DetectorFactory;
import io.heal.detect.spi.SeriesInfo;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Samples per second one detector judges on one core (one thread): a daily-seasonal series with
 * noise and an occasional spike, fed through a detector made fresh for each trial. The score is the
 * rate of {@code observe} calls ({@code ops/s} = samples per second).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class DetectorThroughputBenchmark {

  /** Samples per invocation. */
  static final int SAMPLES = 65_536;

  @Param({"combined", "ewma", "robust", "context-novelty"})
  public String detector;

  private final long[] times = new long[SAMPLES];
  private final double[] values = new double[SAMPLES];
  private Detector d;

  @Setup
  public void setUp() {
    Random r = new Random(42);
    for (int i = 0; i < SAMPLES; i++) {
      times[i] = 1_700_000_000_000L + i * 60_000L;
      double daily = 50 + 20 * Math.sin(2 * Math.PI * i / 1440.0);
      values[i] = daily + 3 * r.nextGaussian() + (r.nextInt(5000) == 0 ? 60 : 0);
    }
    DetectorFactory f = Detectors.byName(detector).orElseThrow();
    d = f.create(SeriesInfo.of("bench_metric"));
    // learn the series once, so the measurement is of the steady state
    for (int i = 0; i < SAMPLES; i++) {
      d.observe(times[i], values[i]);
    }
  }

  @Benchmark
  @OperationsPerInvocation(SAMPLES)
  public void observe(Blackhole bh) {
    Detector det = d;
    for (int i = 0; i < SAMPLES; i++) {
      bh.consume(det.observe(times[i], values[i]).score());
    }
  }
}
