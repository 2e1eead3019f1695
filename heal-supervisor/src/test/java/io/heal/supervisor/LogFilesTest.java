package io.heal.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.core.spec.LogSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFilesTest {

  @TempDir Path dir;

  @Test
  void tailReturnsTheLastLinesWithoutBlanks() throws Exception {
    Path log = dir.resolve("api.log");
    Files.writeString(
        log,
        IntStream.rangeClosed(1, 50).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"))
            + "\n\n");

    assertThat(LogFiles.tail(log, 3)).containsExactly("line 48", "line 49", "line 50");
    assertThat(LogFiles.tail(dir.resolve("missing.log"), 3)).isEmpty();
  }

  @Test
  void rotatesPastTheLimitKeepingOnlyTheConfiguredNumberOfFiles() throws Exception {
    Path log = dir.resolve("api.log");
    LogSpec spec = new LogSpec(10, 2);
    for (int round = 1; round <= 3; round++) {
      Files.writeString(log, "round " + round + " is long enough\n");
      assertThat(LogFiles.rotateIfNeeded(log, spec)).isTrue();
    }

    assertThat(Files.size(log)).isZero();
    assertThat(Files.readString(dir.resolve("api.log.1"))).contains("round 3");
    assertThat(Files.readString(dir.resolve("api.log.2"))).contains("round 2");
    assertThat(dir.resolve("api.log.3")).doesNotExist();
    assertThat(LogFiles.rotateIfNeeded(log, spec)).isFalse();
  }

  @Test
  void readsWhatWasAppendedSinceAnOffset() throws Exception {
    Path log = dir.resolve("api.log");
    Files.writeString(log, "before\n");
    long offset = LogFiles.size(log);
    Files.writeString(log, "after\n", java.nio.file.StandardOpenOption.APPEND);

    assertThat(LogFiles.readFrom(log, offset)).isEqualTo("after\n");
    assertThat(LogFiles.readFrom(log, 1000)).isEmpty();
  }
}
