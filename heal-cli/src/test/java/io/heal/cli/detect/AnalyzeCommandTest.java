package io.heal.cli.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream oldOut;
  private PrintStream oldErr;

  @BeforeEach
  void capture() {
    oldOut = System.out;
    oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(oldOut);
    System.setErr(oldErr);
  }

  @Test
  void printsTheAnomaliesOfASnapshotFile(@TempDir Path dir) throws IOException {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      double v = i < 390 ? 100 + (i * 7919 % 13) : 900;
      points.append(i == 0 ? "" : ",").append("[").append(i * 60_000L).append(",").append(v);
      points.append("]");
    }
    Path file = dir.resolve("snap.json");
    Files.writeString(
        file,
        "{\"service\":\"api\",\"series\":[{\"metric\":\"latency_ms\",\"unit\":\"ms\",\"points\":["
            + points
            + "]}]}");

    int rc = Main.run("analyze", file.toString());

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(rc).isZero();
    assertThat(printed).contains("HIGH", "api/latency_ms", "latency_ms 900 ms, ");
    assertThat(printed).contains("1 anomaly in 1 series (400 points) of service api");
  }

  @Test
  void badInputExitsWithTwoAndNamesThePath(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"series\":[{\"metric\":\"m\",\"points\":[[1,2,3]]}]}");

    int rc = Main.run("analyze", file.toString());

    assertThat(rc).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("series[0].points[0]");
  }

  @Test
  void benchNabRejectsAnUnknownDetector(@TempDir Path dir) {
    int rc = Main.run("bench", "nab", "--data", dir.toString(), "--detector", "nope");

    assertThat(rc).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown detector 'nope'");
  }
}
