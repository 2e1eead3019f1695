package io.heal.sample.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class UptimeTest {

  @Test
  void subtractsProcessStartFromSystemUptime() {
    String stat =
        "23045 (my (odd) java) R 22969 22969 3799 0 -1 4194304 128 0 0 0 0 0 0 0 20 0 1 0 87898"
            + " 3133440 417";

    Duration uptime = Uptime.fromProc(stat, "880.25 1500.00\n");

    assertThat(uptime).isEqualTo(Duration.ofMillis(880_250 - 878_980));
  }

  @Test
  void readsThisProcessUptime() {
    assertThat(Uptime.now()).isPositive();
  }
}
