package io.heal.repair;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.repair.run.MavenProject;
import io.heal.repair.run.TestFramework;
import io.heal.repair.validate.ForkedTestRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForkedTestRunnerTest {

  @TempDir Path dir;

  private MavenProject project() throws Exception {
    TinyProject.write(
        dir,
        "src/main/java/t/Loop.java",
        """
        package t;
        public class Loop {
          public static int spin(int n) { while (n > 0) { n = n + 0; } return n; }
          public static int twice(int n) { return 2 * n; }
        }
        """);
    TinyProject.write(
        dir,
        "src/test/java/t/LoopTest.java",
        """
        package t;
        import static org.junit.jupiter.api.Assertions.assertEquals;
        import org.junit.jupiter.api.Test;
        class LoopTest {
          @Test void doubles() { assertEquals(4, Loop.twice(2)); }
          @Test void wrong() { assertEquals(5, Loop.twice(2)); }
          @Test void hangs() { Loop.spin(1); }
        }
        """);
    return TinyProject.compile(dir, TestFramework.PLATFORM);
  }

  @Test
  void reportsEachTestAndSurvivesAHangingOne() throws Exception {
    MavenProject project = project();
    try (ForkedTestRunner runner = new ForkedTestRunner(project, dir.resolve("work"), null)) {
      List<TestResult> hang =
          runner.run(List.of("t.LoopTest#hangs"), null, Duration.ofSeconds(2), null, false);
      List<TestResult> rest =
          runner.run(
              List.of("t.LoopTest#doubles", "t.LoopTest#wrong"),
              null,
              Duration.ofSeconds(20),
              null,
              false);

      assertThat(hang).extracting(TestResult::status).containsExactly(TestStatus.TIMEOUT);
      assertThat(hang.get(0).trace()).contains("t.Loop.spin");
      assertThat(rest)
          .extracting(r -> r.id().method() + ":" + r.status())
          .containsExactlyInAnyOrder("doubles:PASSED", "wrong:FAILED");
    }
  }
}
