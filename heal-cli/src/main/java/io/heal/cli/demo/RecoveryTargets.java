package io.heal.cli.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The recovery targets that {@code heal bench recovery} judges its figures against. A time to
 * serving again is compared by its median with the sample's median start-to-ready; a detection
 * bound and the restart's issue time by their p95.
 *
 * @param coldStart the sample's own start-to-ready, median
 * @param hangBound interval x failure threshold + timeout of the bench's probe
 * @param startupPeriod the startup period of the bad release
 */
record RecoveryTargets(Duration coldStart, Duration hangBound, Duration startupPeriod) {

  /** Exit to restart issued, at p95. */
  static final Duration DEFAULT_RESTART_ISSUED = Duration.ofMillis(10);

  /** How much a crash's recovery may add to the sample's start-to-ready. */
  static final Duration DEFAULT_CRASH_MARGIN = Duration.ofMillis(150);

  /** One target, the figure measured, and the limit it is held to. */
  record Verdict(String target, String figure, Duration measured, Duration limit) {

    boolean met() {
      return measured.compareTo(limit) <= 0;
    }

    String line() {
      String outcome = met() ? "met" : "missed by " + Stats.format(measured.minus(limit));
      return String.format(
          "  %-52s %-9s %-10s limit %-10s %s",
          target, figure, Stats.format(measured), Stats.format(limit), outcome);
    }
  }

  /** The verdicts on the faults measured (a fault missing from {@code samples} is skipped). */
  List<Verdict> judge(List<RecoveryBench.Samples> samples) {
    List<Verdict> verdicts = new ArrayList<>();
    find(samples, "crash")
        .ifPresent(
            s -> {
              verdicts.add(
                  verdict("crash: exit to restart issued", s.issue(), 95, DEFAULT_RESTART_ISSUED));
              verdicts.add(
                  verdict(
                      "crash: exit to serving again",
                      s.recover(),
                      50,
                      coldStart.plus(DEFAULT_CRASH_MARGIN)));
            });
    find(samples, "hang")
        .ifPresent(
            s -> {
              verdicts.add(verdict("hang: onset to detected", s.detect(), 95, hangBound));
              verdicts.add(
                  verdict(
                      "hang: onset to serving again", s.recover(), 50, hangBound.plus(coldStart)));
            });
    find(samples, "bad release")
        .ifPresent(
            s -> {
              verdicts.add(
                  verdict(
                      "bad release: its start to serving again",
                      s.recover(),
                      50,
                      startupPeriod.plus(coldStart)));
              if (!s.restedStarts().isEmpty()) {
                verdicts.add(
                    verdict(
                        "  the same, start-to-ready after a "
                            + Stats.format(startupPeriod)
                            + " rest",
                        s.recover(),
                        50,
                        startupPeriod.plus(Stats.percentile(s.restedStarts(), 50))));
              }
            });
    verdicts.removeIf(v -> v.measured() == null);
    return verdicts;
  }

  /** {@code samples}' p-th percentile held to {@code limit}. */
  private static Verdict verdict(String target, List<Duration> samples, int p, Duration limit) {
    return new Verdict(target, "p" + p, Stats.percentile(samples, p), limit);
  }

  private static Optional<RecoveryBench.Samples> find(
      List<RecoveryBench.Samples> samples, String fault) {
    return samples.stream().filter(s -> s.fault().equals(fault)).findFirst();
  }
}
