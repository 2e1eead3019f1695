package io.heal.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.heal.core.probe.Probe;
import io.heal.core.signal.ProbeResult;
import io.heal.core.spec.ProbeSpec;
import io.heal.core.spec.ProbeTarget;
import io.heal.core.time.FakeClock;
import io.heal.core.time.HealClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What every probe must do: pass against a healthy target, fail with a detail against a dead one,
 * time out against a hanging one, stamp results with the injected clock, and never complete
 * exceptionally. Subclasses supply real targets.
 */
abstract class ProbeContractTest {

  /** The timeout given to probes; a healthy loopback target answers well within it. */
  static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);

  /** The timeout for checks against a hanging target. */
  static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);

  /** How long a test waits for any check to complete: generous, for a busy machine. */
  static final Duration GENEROUS = Duration.ofSeconds(60);

  static ProbeResources resources;

  @BeforeAll
  static void createResources() {
    resources = ProbeResources.create();
  }

  @AfterAll
  static void closeResources() {
    resources.close();
  }

  abstract ProbeTarget healthyTarget();

  abstract ProbeTarget deadTarget();

  /** A target that never answers, if this kind of probe can have one on loopback. */
  abstract Optional<ProbeTarget> hangingTarget();

  Probe probe(ProbeTarget target, Duration timeout, HealClock clock) {
    return create(target, timeout, clock, resources);
  }

  /** A probe of service {@code svc} on {@code target}, with the default schedule. */
  static Probe create(
      ProbeTarget target, Duration timeout, HealClock clock, ProbeResources resources) {
    ProbeSpec spec =
        new ProbeSpec(
            "check",
            target,
            ProbeSpec.DEFAULT_INTERVAL,
            timeout,
            ProbeSpec.DEFAULT_FAILURE_THRESHOLD,
            ProbeSpec.DEFAULT_SUCCESS_THRESHOLD,
            ProbeSpec.DEFAULT_STARTUP_PERIOD);
    return Probes.create("svc", spec, clock, resources);
  }

  Probe probe(ProbeTarget target) {
    return probe(target, PROBE_TIMEOUT, HealClock.system());
  }

  /** Waits for the check; fails the test if it completed exceptionally or not at all. */
  static ProbeResult result(CompletionStage<ProbeResult> check) throws Exception {
    return check.toCompletableFuture().get(GENEROUS.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Test
  void passesAgainstHealthyTarget() throws Exception {
    ProbeResult result = result(probe(healthyTarget()).check());

    assertThat(result.healthy()).as(result.detail()).isTrue();
    assertThat(result.timedOut()).isFalse();
    assertThat(result.detail()).isNotBlank();
    assertThat(result.service()).isEqualTo("svc");
    assertThat(result.probe()).isEqualTo("check");
  }

  @Test
  void failsWithDetailAgainstDeadTarget() throws Exception {
    ProbeResult result = result(probe(deadTarget()).check());

    assertThat(result.healthy()).isFalse();
    assertThat(result.timedOut()).isFalse();
    assertThat(result.detail()).isNotBlank();
  }

  @Test
  void timesOutAgainstHangingTarget() throws Exception {
    Optional<ProbeTarget> hanging = hangingTarget();
    assumeTrue(hanging.isPresent(), "no hanging target for this probe on loopback");

    ProbeResult result = result(probe(hanging.get(), SHORT_TIMEOUT, HealClock.system()).check());

    assertThat(result.healthy()).isFalse();
    assertThat(result.timedOut()).isTrue();
    assertThat(result.detail()).isEqualTo("timed out after 300ms");
    assertThat(result.latency()).isGreaterThanOrEqualTo(SHORT_TIMEOUT);
  }

  @Test
  void stampsResultWithInjectedClock() throws Exception {
    FakeClock clock = new FakeClock();

    ProbeResult result = result(probe(healthyTarget(), PROBE_TIMEOUT, clock).check());

    assertThat(result.at()).isEqualTo(FakeClock.DEFAULT_START);
    assertThat(result.latency()).isEqualTo(Duration.ZERO);
  }

  @Test
  void neverCompletesExceptionally() throws Exception {
    List<CompletableFuture<ProbeResult>> checks = new ArrayList<>();
    checks.add(probe(healthyTarget()).check().toCompletableFuture());
    checks.add(probe(deadTarget()).check().toCompletableFuture());
    hangingTarget()
        .ifPresent(
            t ->
                checks.add(
                    probe(t, SHORT_TIMEOUT, HealClock.system()).check().toCompletableFuture()));

    for (CompletableFuture<ProbeResult> check : checks) {
      ProbeResult result = result(check);
      assertThat(check.isCompletedExceptionally()).isFalse();
      assertThat(result).isNotNull();
    }
  }

  @Test
  void answersOverlappingChecks() throws Exception {
    Probe probe = probe(healthyTarget());
    List<CompletionStage<ProbeResult>> checks = new ArrayList<>();

    for (int i = 0; i < 10; i++) {
      checks.add(probe.check());
    }

    for (CompletionStage<ProbeResult> check : checks) {
      ProbeResult result = result(check);
      assertThat(result.healthy()).as(result.detail()).isTrue();
    }
  }
}
