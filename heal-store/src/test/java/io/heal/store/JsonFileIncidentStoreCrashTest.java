package io.heal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.heal.core.incident.Incident;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real kill -9 of a process in the middle of saving: every acknowledged save survives. */
class JsonFileIncidentStoreCrashTest {

  private static final int SAVES_BEFORE_KILL = 25;

  @TempDir Path dir;

  @Test
  void everySaveThatReturnedSurvivesAKillMinusNineAndNoFileIsTorn() throws Exception {
    Process child = startSaver();
    List<String> acknowledged = new CopyOnWriteArrayList<>();
    Thread reader =
        new Thread(() -> collectLines(child.getInputStream(), acknowledged), "saver-out");
    reader.setDaemon(true);
    reader.start();
    try {
      await()
          .atMost(Duration.ofSeconds(90))
          .until(() -> acknowledged.size() >= SAVES_BEFORE_KILL || !child.isAlive());
      assertThat(child.isAlive()).as("saver still running before the kill").isTrue();
    } finally {
      child.destroyForcibly();
      child.waitFor();
      reader.join(Duration.ofSeconds(30).toMillis());
    }
    List<String> ids = List.copyOf(acknowledged);

    List<UnreadableFile> torn = new ArrayList<>();
    JsonFileIncidentStore store = new JsonFileIncidentStore(dir, torn::add);
    List<Incident> listed = store.list();

    assertThat(child.exitValue()).isEqualTo(137);
    assertThat(ids).hasSizeGreaterThanOrEqualTo(SAVES_BEFORE_KILL);
    assertThat(torn).isEmpty();
    for (int i = 0; i < ids.size(); i++) {
      assertThat(ids.get(i)).isEqualTo(CrashingSaver.idOf(i));
      assertThat(store.find(ids.get(i))).contains(CrashingSaver.expected(ids.get(i), i));
    }
    assertThat(listed.size()).isBetween(ids.size(), ids.size() + 1);
  }

  private Process startSaver() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // Surefire's java.class.path is either the full test class path or a jar whose manifest
    // carries it; both work for the child.
    return new ProcessBuilder(
            java,
            "-Xmx128m",
            "-cp",
            System.getProperty("java.class.path"),
            CrashingSaver.class.getName(),
            dir.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  /** Adds each newline-terminated line; a line cut off by the kill is not acknowledged. */
  private static void collectLines(InputStream in, List<String> lines) {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try (in) {
      for (int b = in.read(); b >= 0; b = in.read()) {
        if (b == '\n') {
          lines.add(line.toString(StandardCharsets.UTF_8).strip());
          line.reset();
        } else {
          line.write(b);
        }
      }
    } catch (IOException closed) {
      // the process died; what was read is what was acknowledged
    }
  }
}
