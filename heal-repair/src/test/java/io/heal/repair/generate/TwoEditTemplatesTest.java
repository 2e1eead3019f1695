package io.heal.repair.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.heal.repair.classify.FailureClass;
import io.heal.repair.localise.Location;
import io.heal.repair.spi.Candidate;
import io.heal.repair.spi.RepairContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edits added for faults that need an index wrapped, a divisor shifted or an arrow case. */
class TwoEditTemplatesTest {

  @TempDir Path dir;

  private List<Candidate> generate(String source, FailureClass cls, int line) throws Exception {
    Files.createDirectories(dir.resolve("p"));
    Files.writeString(dir.resolve("p/C.java"), source);
    RepairContext context =
        new RepairContext(
            dir,
            dir,
            List.of(),
            cls,
            List.of(new Location("p/C.java", line, 1.0, "test")),
            List.of());
    return new TemplateGenerator().generate(context);
  }

  private static List<String> patched(List<Candidate> candidates, String template) {
    return candidates.stream()
        .filter(c -> c.template().equals(template))
        .map(Candidate::patchedSource)
        .toList();
  }

  @Test
  void wrapsAnIndexThatRunsPastTheArrayItIndexes() throws Exception {
    String source =
        """
        package p;

        class C {
          private final Object[] items = new Object[4];
          private int tail;

          void offer(Object o) {
            items[tail] = o;
            tail = tail + 1;
          }

          void skip() {
            tail++;
          }
        }
        """;

    assertThat(patched(generate(source, FailureClass.INDEX_OUT_OF_BOUNDS, 9), "wrap-index"))
        .containsExactly(source.replace("tail = tail + 1;", "tail = (tail + 1) % items.length;"));
    assertThat(patched(generate(source, FailureClass.INDEX_OUT_OF_BOUNDS, 13), "wrap-index"))
        .containsExactly(source.replace("tail++;", "tail = (tail + 1) % items.length;"));
  }

  @Test
  void doesNotWrapAVariableThatIndexesNoArray() throws Exception {
    String source =
        """
        package p;

        class C {
          private int count;

          void add() {
            count = count + 1;
          }
        }
        """;

    assertThat(patched(generate(source, FailureClass.ASSERTION, 7), "wrap-index")).isEmpty();
  }

  @Test
  void shiftsADivisorThatIsAFieldOrACallByOne() throws Exception {
    String source =
        """
        package p;

        class C {
          double variance(double[] xs, double ss) {
            return ss / xs.length;
          }
        }
        """;

    assertThat(patched(generate(source, FailureClass.ASSERTION, 5), "off-by-one"))
        .contains(source.replace("ss / xs.length", "ss / (xs.length - 1)"));
  }

  @Test
  void addsOneToADifferenceWithoutNeedlessParentheses() throws Exception {
    String source =
        """
        package p;

        class C {
          long length(long first, long last) {
            return last - first;
          }
        }
        """;

    assertThat(patched(generate(source, FailureClass.ASSERTION, 5), "off-by-one"))
        .contains(source.replace("last - first;", "last - first + 1;"))
        .doesNotContain(source.replace("last - first;", "(last - first) + 1;"));
  }

  @Test
  void insertsAGuardIntoAnArrowCaseByMakingItABlock() throws Exception {
    String source =
        """
        package p;

        class C {
          String parse(String[] args) {
            String output = "";
            for (int i = 0; i < args.length; i++) {
              switch (args[i]) {
                case "-o" -> output = args[++i];
                case "-l" -> {
                  if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value");
                  }
                  output = args[++i];
                }
                default -> output = "";
              }
            }
            return output;
          }
        }
        """;

    List<String> inserted =
        patched(generate(source, FailureClass.INDEX_OUT_OF_BOUNDS, 8), "insert-statement");

    assertThat(inserted)
        .contains(
            source.replace(
                "case \"-o\" -> output = args[++i];\n",
                """
                case "-o" -> {
                          if (i + 1 >= args.length) {
                            throw new IllegalArgumentException("missing value");
                          }
                          output = args[++i];
                        }
                """));
  }

  @Test
  void replacesAVariableWithACallOfTheSameTypeThatTheMethodAlreadyMakes() throws Exception {
    String source =
        """
        package p;

        class C {
          int cols() {
            return 3;
          }

          int[] multiply(C other) {
            int cols = cols();
            int[] r = new int[cols];
            for (int j = 0; j < other.cols(); j++) {
              r[j] = j;
            }
            return r;
          }
        }
        """;

    List<String> replaced =
        patched(generate(source, FailureClass.ASSERTION, 10), "replace-expression");

    assertThat(replaced).contains(source.replace("new int[cols]", "new int[other.cols()]"));
    assertThat(replaced).noneMatch(s -> s.contains("int other.cols() ="));
  }

  @Test
  void triesTheNegatedEqualityAndTheBoundaryBeforeAReversedComparison() throws Exception {
    String source =
        """
        package p;

        class C {
          int compare(int major, int other, int a, int b) {
            if (major == other) {
              return a > b ? 1 : 0;
            }
            return 0;
          }
        }
        """;

    assertThat(patched(generate(source, FailureClass.ASSERTION, 5), "relational-operator").get(0))
        .isEqualTo(source.replace("major == other", "major != other"));
    assertThat(patched(generate(source, FailureClass.ASSERTION, 6), "relational-operator").get(0))
        .isEqualTo(source.replace("a > b", "a >= b"));
  }

  @Test
  void guardsANullGetterInALoopByKeepingTheElementBeforeMadeUpReturns() throws Exception {
    String source =
        """
        package p;

        import java.util.ArrayList;
        import java.util.List;

        class C {
          record Customer(String email) {}

          static List<Customer> dedup(List<Customer> customers) {
            List<Customer> result = new ArrayList<>();
            for (Customer c : customers) {
              String key = c.email().strip();
              if (!key.isEmpty()) {
                result.add(c);
              }
            }
            return result;
          }
        }
        """;

    List<String> guards = patched(generate(source, FailureClass.NULL_POINTER, 12), "guard-null");
    String keep =
        source.replace(
            "      String key",
            "      if (c.email() == null) {\n"
                + "        result.add(c);\n"
                + "        continue;\n"
                + "      }\n"
                + "      String key");
    String leave =
        source.replace(
            "      String key",
            "      if (c.email() == null) {\n        return null;\n      }\n      String key");

    assertThat(guards).contains(keep, leave);
    assertThat(guards.indexOf(keep)).isLessThan(guards.indexOf(leave));
  }

  @Test
  void offersJdkCounterpartsInTheirListedOrderOnEveryRun() throws Exception {
    String source =
        """
        package p;

        class C {
          long tax(long cents) {
            return (long) Math.floor(cents * 0.19);
          }
        }
        """;

    assertThat(patched(generate(source, FailureClass.ASSERTION, 5), "replace-method-call"))
        .containsExactly(
            source.replace("Math.floor", "Math.ceil"),
            source.replace("Math.floor", "Math.round"),
            source.replace("Math.floor", "Math.rint"));
  }
}
