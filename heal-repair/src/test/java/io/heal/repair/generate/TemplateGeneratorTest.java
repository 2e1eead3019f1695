package io.heal.repair.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.repair.classify.FailureClass;
import io.heal.repair.localise.Location;
import io.heal.repair.spi.Candidate;
import io.heal.repair.spi.RepairContext;
import io.heal.repair.spi.RiskFlag;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateGeneratorTest {

  @TempDir Path dir;

  private static final String SOURCE =
      """
      package p;

      public class Window {
          // odd   indentation   and comments are kept
          public int last(int[] xs, int n) {
              if (n <= xs.length) {
                  return xs[n];
              }
              return -1;
          }
      }
      """;

  private List<Candidate> generate(FailureClass cls, int line) throws Exception {
    Files.createDirectories(dir.resolve("p"));
    Files.writeString(dir.resolve("p/Window.java"), SOURCE);
    RepairContext context =
        new RepairContext(
            dir,
            dir,
            List.of(),
            cls,
            List.of(new Location("p/Window.java", line, 1.0, "test")),
            List.of());
    return new TemplateGenerator().generate(context);
  }

  @Test
  void changesTheComparisonAndKeepsTheRestOfTheFileAsItWas() throws Exception {
    List<Candidate> candidates = generate(FailureClass.INDEX_OUT_OF_BOUNDS, 6);

    assertThat(candidates)
        .extracting(Candidate::patchedSource)
        .contains(SOURCE.replace("n <= xs.length", "n < xs.length"));
    assertThat(candidates)
        .allSatisfy(c -> assertThat(c.patchedSource()).contains("// odd   indentation"));
  }

  @Test
  void ordersGuardsFirstForAnIndexFailureAndFlagsMadeUpReturns() throws Exception {
    List<Candidate> candidates = generate(FailureClass.INDEX_OUT_OF_BOUNDS, 7);

    assertThat(candidates.get(0).template())
        .as(candidates.get(0).description())
        .isEqualTo("guard-bounds");
    assertThat(candidates)
        .filteredOn(c -> c.description().contains("return -1"))
        .allSatisfy(c -> assertThat(c.flags()).contains(RiskFlag.DEFAULT_RETURN));
    assertThat(candidates)
        .extracting(Candidate::patchedSource)
        .anySatisfy(
            s ->
                assertThat(s)
                    .contains(
                        "if (n < 0 || n >= xs.length) {\n                throw new IllegalArgumentException("));
  }

  @Test
  void triesOffByOneOnTheIndex() throws Exception {
    List<Candidate> candidates = generate(FailureClass.ASSERTION, 7);

    assertThat(candidates)
        .extracting(Candidate::patchedSource)
        .contains(SOURCE.replace("return xs[n];", "return xs[n - 1];"));
  }
}
