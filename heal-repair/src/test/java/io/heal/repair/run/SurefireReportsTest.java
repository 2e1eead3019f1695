package io.heal.repair.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.repair.TestResult;
import io.heal.repair.TestStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurefireReportsTest {

  @TempDir Path dir;

  @Test
  void readsPassesFailuresErrorsAndSkips() throws Exception {
    Files.writeString(
        dir.resolve("TEST-a.BTest.xml"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuite name="a.BTest" tests="4">
          <testcase name="ok" classname="a.BTest" time="0.01"/>
          <testcase name="wrong" classname="a.BTest" time="0.01">
            <failure message="expected: &lt;1&gt; but was: &lt;2&gt;" type="org.opentest4j.AssertionFailedError">trace</failure>
          </testcase>
          <testcase name="boom(int)[1]" classname="a.BTest" time="0.01">
            <error message="/ by zero" type="java.lang.ArithmeticException">at a.B.f(B.java:3)</error>
          </testcase>
          <testcase name="later" classname="a.BTest" time="0"><skipped/></testcase>
        </testsuite>
        """);

    List<TestResult> results = SurefireReports.read(dir);

    assertThat(results)
        .extracting(r -> r.id().method() + ":" + r.status())
        .containsExactly("ok:PASSED", "wrong:FAILED", "boom:ERROR", "later:SKIPPED");
    assertThat(results.get(1).message()).isEqualTo("expected: <1> but was: <2>");
    assertThat(results.get(2).status()).isEqualTo(TestStatus.ERROR);
  }

  @Test
  void findsCompileErrorsInMavenOutput() {
    String log = "[ERROR] /p/src/main/java/a/B.java:[3,9] cannot find symbol\n";

    assertThat(MavenBuild.compileErrors(log, Path.of("/p")))
        .containsExactly("src/main/java/a/B.java:[3,9] cannot find symbol");
  }
}
