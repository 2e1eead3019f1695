package io.heal.repair;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.repair.spi.Candidate;
import io.heal.repair.spi.RiskFlag;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EditPairsTest {

  private static final String ORIGINAL =
      """
      int lo = Math.min(a, b);
      int hi = Math.max(c, d);
      return hi - lo;
      """;

  private static PartialFix partial(
      String patched, String template, int line, int order, TestId... fixed) {
    return new PartialFix(
        new Candidate("p/C.java", patched, "templates", template, template, line, Set.of()),
        Set.of(fixed),
        order);
  }

  @Test
  void appliesTwoEditsOfOneTextTogether() {
    String merged =
        EditPairs.merge(
            ORIGINAL,
            ORIGINAL.replace("Math.min(a, b)", "Math.max(a, b)"),
            ORIGINAL.replace("Math.max(c, d)", "Math.min(c, d)"));

    assertThat(merged)
        .isEqualTo(
            ORIGINAL
                .replace("Math.min(a, b)", "Math.max(a, b)")
                .replace("Math.max(c, d)", "Math.min(c, d)"));
  }

  @Test
  void refusesEditsThatTouchTheSameCharacters() {
    assertThat(
            EditPairs.merge(
                ORIGINAL,
                ORIGINAL.replace("hi - lo", "hi - lo + 1"),
                ORIGINAL.replace("hi - lo", "lo - hi")))
        .isNull();
  }

  @Test
  void triesFirstThePairWhoseEditsFixTheMostFailingTests() {
    TestId t1 = TestId.parse("p.CTest#one");
    TestId t2 = TestId.parse("p.CTest#two");
    List<PartialFix> partials =
        List.of(
            partial(ORIGINAL.replace("min(a", "min(b"), "replace-variable", 1, 0),
            partial(ORIGINAL.replace("max(c", "max(d"), "replace-variable", 2, 1),
            partial(ORIGINAL.replace("hi - lo", "hi - lo + 1"), "off-by-one", 3, 2, t1),
            partial(ORIGINAL.replace("Math.min", "Math.max"), "replace-method-call", 1, 3, t2));

    List<Candidate> pairs = EditPairs.of(partials, f -> ORIGINAL);

    assertThat(pairs.get(0).patchedSource())
        .contains("hi - lo + 1")
        .contains("Math.max(a, b)")
        .contains("Math.max(c, d)");
    assertThat(pairs.get(0).flags()).contains(RiskFlag.TWO_EDITS);
    assertThat(pairs.get(0).template()).isEqualTo("off-by-one+replace-method-call");
  }

  @Test
  void prefersAMistakeMadeTwiceWhenNoEditFixesATestAlone() {
    List<PartialFix> partials =
        List.of(
            partial(ORIGINAL.replace("min(a", "min(b"), "replace-variable", 1, 0),
            partial(ORIGINAL.replace("Math.min", "Math.max"), "replace-method-call", 1, 1),
            partial(ORIGINAL.replace("hi - lo", "hi - lo + 1"), "off-by-one", 3, 2),
            partial(ORIGINAL.replace("Math.max(c", "Math.min(c"), "replace-method-call", 2, 3));

    List<Candidate> pairs = EditPairs.of(partials, f -> ORIGINAL);

    assertThat(pairs.get(0).patchedSource())
        .isEqualTo(
            ORIGINAL
                .replace("Math.min(a, b)", "Math.max(a, b)")
                .replace("Math.max(c, d)", "Math.min(c, d)"));
  }
}
