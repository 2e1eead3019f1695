package io.heal.repair.inject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BugInjectorTest {

  @TempDir Path dir;

  private static final String CALC =
      """
      package c;

      public class Calc {
        public int divide(int a, int b) {
          if (b == 0) {
            throw new IllegalArgumentException("b: must not be zero");
          }
          return a / b;
        }

        public int sum(int[] xs) {
          if (xs == null) {
            return 0;
          }
          int s = 0;
          for (int i = 0; i < xs.length; i++) {
            s += xs[i];
          }
          return s;
        }

        public int clamp(int v, int lo) {
          if (v < lo) {
            return lo;
          }
          return v;
        }
      }
      """;

  private Path file() throws Exception {
    Path f = dir.resolve("src/main/java/c/Calc.java");
    Files.createDirectories(f.getParent());
    Files.writeString(f, CALC);
    return f;
  }

  @Test
  void removesTheZeroDivisorGuard() throws Exception {
    Path f = file();

    InjectedBug bug = new BugInjector().inject(dir, BugKind.parse("zero-divisor"), null);

    assertThat(bug.line()).isEqualTo(5);
    assertThat(Files.readString(f)).doesNotContain("if (b == 0)").contains("    return a / b;");
    assertThat(bug.diff()).contains("-    if (b == 0) {");
  }

  @Test
  void injectsTheOtherKinds() throws Exception {
    Path f = file();
    new BugInjector().inject(dir, BugKind.NULL_GUARD, "Calc");
    new BugInjector().inject(dir, BugKind.OFF_BY_ONE, "Calc");
    new BugInjector().inject(dir, BugKind.WRONG_COMPARISON, "Calc");

    assertThat(Files.readString(f))
        .doesNotContain("xs == null")
        .contains("i <= xs.length")
        .contains("if (v > lo)");
  }

  @Test
  void refusesAnUnknownKindNamingIt() {
    assertThatThrownBy(() -> BugKind.parse("typo")).hasMessageContaining("found 'typo'");
  }
}
