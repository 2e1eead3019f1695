package io.heal.repair;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.repair.generate.TemplateGenerator;
import io.heal.repair.report.RepairReport;
import io.heal.repair.report.RepairStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepairEngineTest {

  @TempDir Path dir;

  private static final String STATS =
      """
      package s;

      public class Stats {
        public int mean(int[] xs) {
          int sum = 0;
          for (int i = 0; i < xs.length; i++) {
            sum += xs[i];
          }
          return sum / xs.length;
        }

        public boolean isAdult(int age) {
          return age > 18;
        }
      }
      """;

  private void writeProject(String stats) throws Exception {
    TinyProject.write(dir, "src/main/java/s/Stats.java", stats);
    TinyProject.write(
        dir,
        "src/test/java/s/StatsTest.java",
        """
        package s;
        import static org.junit.jupiter.api.Assertions.assertEquals;
        import static org.junit.jupiter.api.Assertions.assertTrue;
        import static org.junit.jupiter.api.Assertions.assertFalse;
        import org.junit.jupiter.api.Test;
        class StatsTest {
          @Test void meanOfValues() { assertEquals(2, new Stats().mean(new int[] {1, 2, 3})); }
          @Test void meanOfNothingIsZero() { assertEquals(0, new Stats().mean(new int[] {})); }
          @Test void eighteenIsAdult() { assertTrue(new Stats().isAdult(18)); }
          @Test void childIsNotAdult() { assertFalse(new Stats().isAdult(12)); }
        }
        """);
  }

  private RepairEngine engine() {
    return new RepairEngine(new TinyProject(), List.of(new TemplateGenerator()));
  }

  @Test
  void repairsOnlyTheNamedTestAndLeavesTheProjectUntouched() throws Exception {
    writeProject(STATS);

    RepairReport report =
        engine()
            .repair(
                RepairOptions.defaults(dir)
                    .withOutDir(dir.resolve("out"))
                    .withOnlyTests(List.of(TestId.parse("s.StatsTest#eighteenIsAdult"))));

    assertThat(report.status()).isEqualTo(RepairStatus.FIXED);
    assertThat(report.failures())
        .extracting(c -> c.test().method())
        .containsExactly("eighteenIsAdult");
    assertThat(report.patch().template()).isEqualTo("relational-operator");
    assertThat(report.patch().diff()).contains("+    return age >= 18;");
    assertThat(Files.readString(dir.resolve("src/main/java/s/Stats.java"))).isEqualTo(STATS);
    assertThat(dir.resolve("out/heal-report.json")).exists();
    assertThat(dir.resolve("out/heal-report.md")).content().contains("Failing tests");
  }

  @Test
  void guardsTheZeroDivisorWritesARegressionTestAndApplies() throws Exception {
    writeProject(STATS.replace("age > 18", "age >= 18"));

    RepairReport report =
        engine().repair(RepairOptions.defaults(dir).withOutDir(dir.resolve("out")).withApply(true));

    assertThat(report.status()).isEqualTo(RepairStatus.FIXED);
    assertThat(report.failures())
        .singleElement()
        .satisfies(c -> assertThat(c.failureClass().name()).isEqualTo("ARITHMETIC"));
    assertThat(report.patch().template()).isEqualTo("guard-zero-divisor");
    assertThat(report.patch().diff()).contains("+    if (xs.length == 0) {");
    assertThat(report.regressionTest().failsBefore()).isTrue();
    assertThat(report.regressionTest().passesAfter()).isTrue();
    assertThat(dir.resolve("src/test/java/s/StatsTestHealRegressionTest.java")).exists();
    assertThat(Files.readString(dir.resolve("src/main/java/s/Stats.java")))
        .contains("if (xs.length == 0) {\n      return 0;\n    }\n    return sum / xs.length;");
    assertThat(dir.resolve("out/heal.diff")).content().contains("+++ b/src/main/java/s/Stats.java");
  }

  @Test
  void saysSoWhenEverythingPasses() throws Exception {
    writeProject(
        STATS
            .replace("age > 18", "age >= 18")
            .replace("return sum / xs.length;", "return xs.length == 0 ? 0 : sum / xs.length;"));

    RepairReport report =
        engine().repair(RepairOptions.defaults(dir).withOutDir(dir.resolve("out")));

    assertThat(report.status()).isEqualTo(RepairStatus.ALL_PASS);
    assertThat(report.patch()).isNull();
  }

  @Test
  void pairsTwoPartialFixesWhenEachFailingTestNeedsItsOwnEdit() throws Exception {
    TinyProject.write(
        dir,
        "src/main/java/s/Ages.java",
        """
        package s;

        public class Ages {
          public boolean isAdult(int age) {
            return age > 18;
          }

          public boolean isSenior(int age) {
            return age > 65;
          }
        }
        """);
    TinyProject.write(
        dir,
        "src/test/java/s/AgesTest.java",
        """
        package s;
        import static org.junit.jupiter.api.Assertions.assertTrue;
        import static org.junit.jupiter.api.Assertions.assertFalse;
        import org.junit.jupiter.api.Test;
        class AgesTest {
          @Test void eighteenIsAdult() { assertTrue(new Ages().isAdult(18)); }
          @Test void childIsNotAdult() { assertFalse(new Ages().isAdult(12)); }
          @Test void sixtyFiveIsSenior() { assertTrue(new Ages().isSenior(65)); }
          @Test void fortyIsNotSenior() { assertFalse(new Ages().isSenior(40)); }
        }
        """);

    RepairReport report =
        engine().repair(RepairOptions.defaults(dir).withOutDir(dir.resolve("out")));

    assertThat(report.status()).isEqualTo(RepairStatus.FIXED);
    assertThat(report.patch().template()).isEqualTo("relational-operator+relational-operator");
    assertThat(report.patch().diff())
        .contains("+    return age >= 18;")
        .contains("+    return age >= 65;");
  }
}
