package io.heal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@link CrashingWriter} in a child JVM and kills it with SIGKILL once it has written enough.
 */
final class KilledChild {

  private KilledChild() {}

  /**
   * Starts the writer, waits for {@code acknowledgements} lines, kills it with {@code kill -9} and
   * returns every line it acknowledged in full (each one a write that had returned).
   */
  static List<String> runAndKill(String mode, Path dir, int acknowledgements) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path acks = Files.createTempFile("heal-crash-acks", ".txt");
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
                dir.toString(),
                acks.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try {
      await()
          .atMost(Duration.ofSeconds(90))
          .until(() -> completeLines(acks).size() >= acknowledgements || !child.isAlive());
      assertThat(child.isAlive()).as("writer still running before the kill").isTrue();
    } finally {
      child.destroyForcibly();
      child.waitFor();
    }
    assertThat(child.exitValue()).as("exit status of a SIGKILLed JVM").isEqualTo(137);
    try {
      return completeLines(acks);
    } finally {
      Files.delete(acks);
    }
  }

  /** The newline-terminated lines of the file; a line cut off by the kill is not acknowledged. */
  private static List<String> completeLines(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      lines.add(text.substring(start, end).strip());
      start = end + 1;
    }
    return lines;
  }
}
