package io.heal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Runs {@link CrashingWriter} in a child JVM and kills it with SIGKILL once it has written enough.
 */
final class KilledChild {

  private KilledChild() {}

  /**
   * Starts the writer, waits for {@code acknowledgements} lines, kills it with {@code kill -9} and
   * returns every line it printed in full (each one a write that had returned).
   */
  static List<String> runAndKill(String mode, Path dir, int acknowledgements) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // Surefire's java.class.path is either the full test class path or a jar whose manifest
    // carries it; both work for the child.
    Process child =
        new ProcessBuilder(
                java,
                "-Xmx128m",
                "-cp",
                System.getProperty("java.class.path"),
                CrashingWriter.class.getName(),
                mode,
                dir.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    List<String> acknowledged = new CopyOnWriteArrayList<>();
    Thread reader =
        new Thread(() -> collectLines(child.getInputStream(), acknowledged), "child-stdout");
    reader.setDaemon(true);
    reader.start();
    try {
      await()
          .atMost(Duration.ofSeconds(90))
          .until(() -> acknowledged.size() >= acknowledgements || !child.isAlive());
      assertThat(child.isAlive()).as("writer still running before the kill").isTrue();
    } finally {
      child.destroyForcibly();
      child.waitFor();
      reader.join(Duration.ofSeconds(30).toMillis());
    }
    assertThat(child.exitValue()).as("exit status of a SIGKILLed JVM").isEqualTo(137);
    return List.copyOf(acknowledged);
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
