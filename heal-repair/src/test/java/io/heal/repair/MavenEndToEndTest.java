package io.heal.repair;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.repair.report.RepairReport;
import io.heal.repair.report.RepairStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real path: Maven runs the JUnit 4 suite once, then Heal repairs without Maven. */
class MavenEndToEndTest {

  @TempDir Path dir;

  private static final String POM =
      """
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <groupId>corpus</groupId>
        <artifactId>e2e</artifactId>
        <version>1.0</version>
        <properties>
          <maven.compiler.release>17</maven.compiler.release>
          <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
        </properties>
        <dependencies>
          <dependency>
            <groupId>junit</groupId>
            <artifactId>junit</artifactId>
            <version>4.13.2</version>
            <scope>test</scope>
          </dependency>
        </dependencies>
        <build>
          <plugins>
            <plugin>
              <groupId>org.apache.maven.plugins</groupId>
              <artifactId>maven-compiler-plugin</artifactId>
              <version>3.13.0</version>
            </plugin>
            <plugin>
              <groupId>org.apache.maven.plugins</groupId>
              <artifactId>maven-surefire-plugin</artifactId>
              <version>3.5.2</version>
            </plugin>
          </plugins>
        </build>
      </project>
      """;

  private static final String RANGE =
      """
      package e;

      public final class Range {
        /** Whether lo <= x <= hi. */
        public static boolean contains(int lo, int hi, int x) {
          return x >= lo && x < hi;
        }
      }
      """;

  @Test
  void repairsAJunit4ProjectThatMavenTested() throws Exception {
    Files.writeString(dir.resolve("pom.xml"), POM);
    TinyProject.write(dir, "src/main/java/e/Range.java", RANGE);
    TinyProject.write(
        dir,
        "src/test/java/e/RangeTest.java",
        """
        package e;
        import static org.junit.Assert.assertFalse;
        import static org.junit.Assert.assertTrue;
        import org.junit.Test;
        public class RangeTest {
          @Test public void containsInside() { assertTrue(Range.contains(1, 5, 3)); }
          @Test public void containsUpperBound() { assertTrue(Range.contains(1, 5, 5)); }
          @Test public void excludesAbove() { assertFalse(Range.contains(1, 5, 6)); }
        }
        """);

    RepairReport report = new RepairEngine().repair(RepairOptions.defaults(dir));

    assertThat(report.status()).isEqualTo(RepairStatus.FIXED);
    assertThat(report.failures())
        .extracting(c -> c.test().toString())
        .containsExactly("e.RangeTest#containsUpperBound");
    assertThat(report.patch().diff()).contains("+    return x >= lo && x <= hi;");
    assertThat(report.regressionTest().passesAfter()).isTrue();
    assertThat(Files.readString(dir.resolve("src/main/java/e/Range.java"))).isEqualTo(RANGE);
    assertThat(dir.resolve("target/heal/heal-report.md")).exists();
  }

  @Test
  void reportsACompileErrorWithoutPatching() throws Exception {
    Files.writeString(dir.resolve("pom.xml"), POM);
    TinyProject.write(dir, "src/main/java/e/Range.java", RANGE.replace("x < hi;", "x < hi"));

    RepairReport report = new RepairEngine().repair(RepairOptions.defaults(dir));

    assertThat(report.status()).isEqualTo(RepairStatus.COMPILE_ERROR);
    assertThat(report.compileErrors()).anySatisfy(e -> assertThat(e).contains("Range.java:[6,"));
  }
}
