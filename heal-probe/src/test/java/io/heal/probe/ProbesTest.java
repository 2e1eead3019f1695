package io.heal.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heal.core.spec.ProbeSpec;
import io.heal.core.spec.ProbeTarget;
import io.heal.core.time.HealClock;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProbesTest {

  private static ProbeResources resources;

  @BeforeAll
  static void create() {
    resources = ProbeResources.create();
  }

  @AfterAll
  static void close() {
    resources.close();
  }

  private static ProbeSpec spec(ProbeTarget target, Duration timeout) {
    return new ProbeSpec("p", target, Duration.ofSeconds(1), timeout, 3, 1, Duration.ZERO);
  }

  private static final ProbeTarget HTTP =
      new ProbeTarget.Http(URI.create("http://127.0.0.1:1/"), 200, 399, Optional.empty());

  @Test
  void buildsTheProbeTheTargetNames() {
    HealClock clock = HealClock.system();
    Duration timeout = Duration.ofMillis(500);

    assertThat(Probes.create("s", spec(HTTP, timeout), clock, resources))
        .isInstanceOf(HttpProbe.class);
    assertThat(Probes.create("s", spec(new ProbeTarget.Tcp("x", 1), timeout), clock, resources))
        .isInstanceOf(TcpProbe.class);
    assertThat(
            Probes.create(
                "s", spec(new ProbeTarget.Exec(List.of("true")), timeout), clock, resources))
        .isInstanceOf(ExecProbe.class)
        .extracting(p -> p.name())
        .isEqualTo("p");
  }

  @Test
  void refusesNonPositiveTimeout() {
    assertThatThrownBy(
            () -> Probes.create("s", spec(HTTP, Duration.ZERO), HealClock.system(), resources))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("spec.timeout: must be positive, found PT0S");
  }

  @Test
  void refusesInvertedStatusRange() {
    ProbeTarget inverted =
        new ProbeTarget.Http(URI.create("http://127.0.0.1:1/"), 500, 200, Optional.empty());

    assertThatThrownBy(
            () ->
                Probes.create(
                    "s", spec(inverted, Duration.ofSeconds(1)), HealClock.system(), resources))
        .hasMessage("spec.target.statusMin: must not exceed statusMax (200), found 500");
  }

  @Test
  void refusesEmptyCommandAndBadPort() {
    assertThatThrownBy(
            () ->
                Probes.create(
                    "s",
                    spec(new ProbeTarget.Exec(List.of()), Duration.ofSeconds(1)),
                    HealClock.system(),
                    resources))
        .hasMessage("spec.target.command: must not be empty, found []");
    assertThatThrownBy(
            () ->
                Probes.create(
                    "s",
                    spec(new ProbeTarget.Tcp("h", 0), Duration.ofSeconds(1)),
                    HealClock.system(),
                    resources))
        .hasMessage("spec.target.port: must be within [1, 65535], found 0");
  }

  @Test
  void refusesMissingArguments() {
    assertThatThrownBy(
            () ->
                Probes.create(
                    null, spec(HTTP, Duration.ofSeconds(1)), HealClock.system(), resources))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("service");
  }
}
