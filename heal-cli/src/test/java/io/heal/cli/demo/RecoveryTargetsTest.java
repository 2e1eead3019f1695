package io.heal.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.heal.cli.demo.RecoveryTargets.Verdict;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryTargetsTest {

  private static final RecoveryTargets TARGETS =
      new RecoveryTargets(ms(100), Duration.ofMillis(3500), Duration.ofSeconds(4));

  @Test
  void judgesEachFaultAgainstItsLimit() {
    List<Verdict> verdicts =
        TARGETS.judge(
            List.of(
                samples("crash", List.of(ms(120), ms(140)), List.of(ms(1), ms(12))),
                samples("hang", List.of(ms(3290)), List.of()),
                samples("bad release", List.of(ms(4120)), List.of())));

    assertThat(verdicts)
        .extracting(Verdict::target, Verdict::limit, Verdict::met)
        .containsExactly(
            tuple("crash: exit to restart issued", ms(10), false),
            tuple("crash: exit to serving again", ms(250), true),
            tuple("hang: onset to detected", ms(3500), true),
            tuple("hang: onset to serving again", ms(3600), true),
            tuple("bad release: its start to serving again", ms(4100), false));
  }

  @Test
  void judgesTheBadReleaseAlsoAgainstItsStartAfterARest() {
    List<Verdict> verdicts =
        TARGETS.judge(
            List.of(
                samples(
                    "bad release",
                    List.of(ms(4120)),
                    List.of(),
                    List.of(ms(110), ms(125), ms(130)))));

    assertThat(verdicts)
        .extracting(Verdict::limit, Verdict::met)
        .containsExactly(tuple(ms(4100), false), tuple(ms(4125), true));
    assertThat(verdicts.get(1).target()).contains("after a 4.000 s rest");
  }

  @Test
  void saysByHowMuchATargetWasMissed() {
    Verdict missed = new Verdict("bad release", "p50", ms(4120), ms(4100));
    Verdict met = new Verdict("crash", "p50", ms(120), ms(250));

    assertThat(missed.line()).contains("4.120 s").contains("4.100 s").endsWith("missed by 20 ms");
    assertThat(met.line()).endsWith("met");
  }

  @Test
  void skipsFaultsNotMeasured() {
    assertThat(TARGETS.judge(List.of(samples("unhealthy", List.of(ms(2800)), List.of()))))
        .isEmpty();
  }

  private static RecoveryBench.Samples samples(
      String fault, List<Duration> recover, List<Duration> issue) {
    return samples(fault, recover, issue, List.of());
  }

  private static RecoveryBench.Samples samples(
      String fault, List<Duration> recover, List<Duration> issue, List<Duration> rested) {
    List<Duration> detect = List.of(ms(3000));
    return new RecoveryBench.Samples(
        fault,
        RecoveryBench.Origin.INJECTION,
        detect,
        recover,
        issue,
        recover,
        List.of(),
        List.of(),
        List.of(),
        rested);
  }

  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }
}
