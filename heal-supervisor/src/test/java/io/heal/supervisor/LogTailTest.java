package io.heal.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heal.core.spec.LogSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

  @TempDir Path dir;

  private final ByteBuffer buffer = ByteBuffer.allocate(64);

  @Test
  void readsOnlyTheLinesWrittenAfterItStarted() throws Exception {
    Path log = dir.resolve("api.log");
    Files.writeString(log, "before\n");

    try (LogTail tail = LogTail.fromEnd(log)) {
      append(log, "first\nsecond\n");

      assertThat(lines(tail)).containsExactly("first", "second");
      assertThat(lines(tail)).isEmpty();
    }
  }

  @Test
  void leavesAnUnfinishedLineForTheNextRead() throws Exception {
    Path log = dir.resolve("api.log");
    Files.writeString(log, "");

    try (LogTail tail = LogTail.fromEnd(log)) {
      append(log, "done\nhalf");
      assertThat(lines(tail)).containsExactly("done");

      append(log, " a line\n");
      assertThat(lines(tail)).containsExactly("half a line");
    }
  }

  @Test
  void readsManyLinesThroughASmallBuffer() throws Exception {
    Path log = dir.resolve("api.log");
    Files.writeString(log, "");
    List<String> written = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      written.add("line number " + i + " of a chatty service");
      text.append(written.get(i)).append('\n');
    }

    try (LogTail tail = LogTail.fromEnd(log)) {
      append(log, text.toString());

      assertThat(lines(tail)).containsExactlyElementsOf(written);
    }
  }

  @Test
  void decodesUtf8LinesWhoseCharactersStraddleTwoReads() throws Exception {
    Path log = dir.resolve("api.log");
    Files.writeString(log, "");
    // after "short\n" and 55 bytes of ASCII, the 64-byte buffer ends within the 'ö'
    String line = "x".repeat(55) + "äöüé";

    try (LogTail tail = LogTail.fromEnd(log)) {
      append(log, "short\n" + line + "\n");

      assertThat(lines(tail)).containsExactly("short", line);
    }
  }

  @Test
  void handsOverALineLongerThanTheBufferInPieces() throws Exception {
    Path log = dir.resolve("api.log");
    Files.writeString(log, "");

    try (LogTail tail = LogTail.fromEnd(log)) {
      append(log, "y".repeat(100) + "\n");

      assertThat(lines(tail)).containsExactly("y".repeat(64), "y".repeat(36));
    }
  }

  @Test
  void readsARotatedFileFromItsStart() throws Exception {
    Path log = dir.resolve("api.log");
    Files.writeString(log, "");
    try (LogTail tail = LogTail.fromEnd(log)) {
      append(log, "a long line before the rotation\n");
      assertThat(lines(tail)).hasSize(1);

      LogFiles.rotateIfNeeded(log, new LogSpec(10, 2));
      append(log, "after\n");

      assertThat(lines(tail)).containsExactly("after");
    }
  }

  @Test
  void readsAFileCreatedAfterItStartedFromItsStart() throws Exception {
    Path log = dir.resolve("late.log");

    try (LogTail tail = LogTail.fromEnd(log)) {
      assertThat(lines(tail)).isEmpty();
      Files.writeString(log, "hello\n");

      assertThat(lines(tail)).containsExactly("hello");
    }
  }

  @Test
  void readsNothingOnceClosed() throws Exception {
    Path log = dir.resolve("api.log");
    Files.writeString(log, "");
    LogTail tail = LogTail.fromEnd(log);
    tail.close();

    append(log, "unseen\n");

    assertThat(lines(tail)).isEmpty();
  }

  @Test
  void refusesADirectBuffer() {
    LogTail tail = LogTail.fromEnd(dir.resolve("api.log"));

    assertThatThrownBy(() -> tail.read(ByteBuffer.allocateDirect(64), line -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("buffer: must be a writable heap buffer, found java.nio.Direct");
  }

  private List<String> lines(LogTail tail) {
    List<String> out = new ArrayList<>();
    int n = tail.read(buffer, out::add);
    assertThat(n).isEqualTo(out.size());
    return out;
  }

  private static void append(Path log, String text) throws Exception {
    Files.write(log, text.getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
  }
}
