package io.heal.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.heal.core.signal.ProbeResult;
import io.heal.core.spec.ProbeTarget;
import io.heal.core.time.HealClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exec probe with real commands: {@code true}, {@code false}, {@code sleep 10}. */
class ExecProbeTest extends ProbeContractTest {

  @TempDir Path tempDir;

  @Override
  ProbeTarget healthyTarget() {
    return new ProbeTarget.Exec(List.of("true"));
  }

  @Override
  ProbeTarget deadTarget() {
    return new ProbeTarget.Exec(List.of("false"));
  }

  @Override
  Optional<ProbeTarget> hangingTarget() {
    return Optional.of(new ProbeTarget.Exec(List.of("sleep", "10")));
  }

  @Test
  void saysExitZero() throws Exception {
    assertThat(result(probe(healthyTarget()).check()).detail()).isEqualTo("exit 0");
  }

  @Test
  void reportsExitCodeAndFirstLineOfOutput() throws Exception {
    ProbeTarget target =
        new ProbeTarget.Exec(List.of("sh", "-c", "echo 'disk full' >&2; echo more; exit 4"));

    ProbeResult result = result(probe(target).check());

    assertThat(result.healthy()).isFalse();
    assertThat(result.detail()).isEqualTo("exit 4: disk full");
  }

  @Test
  void failsWhenCommandCannotStart() throws Exception {
    ProbeTarget target = new ProbeTarget.Exec(List.of(tempDir.resolve("missing").toString()));

    ProbeResult result = result(probe(target).check());

    assertThat(result.healthy()).isFalse();
    assertThat(result.detail()).startsWith("cannot start ");
  }

  @Test
  void killsCommandThatTimesOut() throws Exception {
    Path pidFile = tempDir.resolve("pid");
    ProbeTarget target =
        new ProbeTarget.Exec(List.of("sh", "-c", "echo $$ > '" + pidFile + "'; exec sleep 30"));

    ProbeResult result = result(probe(target, SHORT_TIMEOUT, HealClock.system()).check());

    assertThat(result.timedOut()).isTrue();
    await().atMost(GENEROUS).until(() -> Files.exists(pidFile) && Files.size(pidFile) > 0);
    long pid = Long.parseLong(Files.readString(pidFile).trim());
    await().atMost(GENEROUS).until(() -> ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true));
  }
}
