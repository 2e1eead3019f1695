package io.heal.probe;

import io.heal.core.probe.Probe;
import io.heal.core.spec.ProbeSpec;
import io.heal.core.spec.ProbeTarget;
import io.heal.core.time.HealClock;
import io.heal.sample.SampleMain;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many HTTP probe checks per second the shared probe selector sustains against the sample
 * service's {@code /healthz} on loopback, with a fixed number of checks in flight. Not a test; run
 * it by hand after {@code ./mvnw install -pl heal-probe -am -DskipTests} and {@code test-compile}:
 *
 * <pre>
 * java -cp heal-probe/target/test-classes:heal-probe/target/classes:heal-core/target/classes:\
 * heal-sample/target/classes io.heal.probe.ProbeThroughputBenchmark [inFlight] [seconds]
 * </pre>
 */
public final class ProbeThroughputBenchmark {

  private ProbeThroughputBenchmark() {}

  public static void main(String[] args) throws Exception {
    int inFlight = args.length > 0 ? Integer.parseInt(args[0]) : 16;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Process sample = startSample();
    try (ProbeResources resources = ProbeResources.create()) {
      int port = readyPort(sample);
      ProbeTarget target =
          new ProbeTarget.Http(
              URI.create("http://127.0.0.1:" + port + "/healthz"), 200, 399, Optional.empty());
      Probe probe =
          Probes.create(
              "sample",
              new ProbeSpec(
                  "healthz",
                  target,
                  Duration.ofSeconds(1),
                  Duration.ofSeconds(2),
                  3,
                  1,
                  Duration.ZERO),
              HealClock.system(),
              resources);
      run(probe, inFlight, Duration.ofSeconds(3)); // warm-up
      long[] counts = run(probe, inFlight, Duration.ofSeconds(seconds));
      System.out.printf(
          "in flight %d, %d s: %d checks, %.0f checks/s, %d failed%n",
          inFlight, seconds, counts[0], counts[0] / (double) seconds, counts[1]);
    } finally {
      sample.destroyForcibly().waitFor();
    }
  }

  /** Keeps {@code inFlight} checks running until {@code length} has passed; returns counts. */
  private static long[] run(Probe probe, int inFlight, Duration length)
      throws InterruptedException {
    long end = System.nanoTime() + length.toNanos();
    LongAdder passed = new LongAdder();
    LongAdder failed = new LongAdder();
    AtomicLong firstFailure = new AtomicLong();
    CountDownLatch done = new CountDownLatch(inFlight);
    for (int i = 0; i < inFlight; i++) {
      loop(probe, end, passed, failed, firstFailure, done);
    }
    done.await();
    return new long[] {passed.sum() + failed.sum(), failed.sum()};
  }

  private static void loop(
      Probe probe,
      long end,
      LongAdder passed,
      LongAdder failed,
      AtomicLong firstFailure,
      CountDownLatch done) {
    if (System.nanoTime() >= end) {
      done.countDown();
      return;
    }
    probe
        .check()
        .thenAccept(
            result -> {
              if (result.healthy()) {
                passed.increment();
              } else {
                failed.increment();
                if (firstFailure.compareAndSet(0, 1)) {
                  System.out.println("first failure: " + result.detail());
                }
              }
              loop(probe, end, passed, failed, firstFailure, done);
            });
  }

  private static Process startSample() throws Exception {
    String classes =
        Path.of(SampleMain.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString();
    List<String> command =
        Arrays.asList(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            classes,
            SampleMain.class.getName(),
            "--port",
            "0");
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  private static int readyPort(Process sample) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(sample.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      System.out.println(line);
      if (line.contains(" ready on port ")) {
        return Integer.parseInt(line.replaceAll(".* ready on port (\\d+) in .*", "$1"));
      }
    }
    throw new IllegalStateException("sample exited before ready");
  }
}
