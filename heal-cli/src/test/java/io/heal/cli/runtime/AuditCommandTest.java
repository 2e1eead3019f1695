package io.heal.cli.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.cli.Main;
import io.heal.core.time.HealClock;
import io.heal.store.AuditLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

  @TempDir Path dir;

  @Test
  void exitsZeroForAnIntactLogAndOneOnceALineIsEdited() throws Exception {
    try (AuditLog log = AuditLog.open(dir, HealClock.system())) {
      log.append("heal", "restart", "api", Map.of("reason", "crash (exit code 3)"));
      log.append("operator", "deploy", "api", Map.of("to", "v2"));
    }

    int intact = Main.run("audit", "-d", dir.toString(), "--verify");
    Path file = dir.resolve(AuditLog.FILE_NAME);
    List<String> lines = Files.readAllLines(file);
    Files.write(file, List.of(lines.get(0).replace("restart", "rollback"), lines.get(1)));
    int edited = Main.run("audit", "-d", dir.toString(), "--verify");

    assertThat(intact).isZero();
    assertThat(edited).isEqualTo(1);
  }
}
