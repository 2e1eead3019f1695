package io.heal.repair.regression;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import io.heal.repair.TestId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Derives a regression test class from a failing test class: the same fields, setup and helpers,
 * only the failing test methods, under a new name. Stateless.
 */
public final class RegressionTestWriter {

  private static final Set<String> TEST_ANNOTATIONS =
      Set.of("Test", "ParameterizedTest", "RepeatedTest", "TestFactory", "TestTemplate");

  /**
   * A written test: its binary name, source path relative to {@code src/test/java} and text.
   *
   * @param binaryName the class's binary name
   * @param path the source path relative to the test source root
   * @param source the text
   */
  public record Written(String binaryName, String path, String source) {}

  /**
   * Writes the regression test for the failing tests of one test class.
   *
   * @param testSources the project's {@code src/test/java}
   * @param failing the failing tests (only those of the first failing class are used)
   * @param symptom what broke, for the class comment
   * @return the test, or empty when the test class's source cannot be found or parsed
   * @throws IOException when the source cannot be read
   */
  public Optional<Written> write(Path testSources, List<TestId> failing, String symptom)
      throws IOException {
    if (failing.isEmpty()) {
      return Optional.empty();
    }
    String className = failing.get(0).className();
    if (className.contains("$")) {
      return Optional.empty();
    }
    Path file = testSources.resolve(className.replace('.', '/') + ".java");
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    CompilationUnit cu =
        new JavaParser(
                new ParserConfiguration()
                    .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17))
            .parse(Files.readString(file))
            .getResult()
            .orElse(null);
    String simple = className.substring(className.lastIndexOf('.') + 1);
    if (cu == null || cu.getClassByName(simple).isEmpty()) {
      return Optional.empty();
    }
    ClassOrInterfaceDeclaration type = cu.getClassByName(simple).get();
    String newName = simple + "HealRegressionTest";
    Set<String> keep = new java.util.HashSet<>();
    for (TestId t : failing) {
      if (t.className().equals(className)) {
        keep.add(t.method());
      }
    }
    for (MethodDeclaration m : List.copyOf(type.getMethods())) {
      boolean isTest =
          m.getAnnotations().stream().anyMatch(a -> TEST_ANNOTATIONS.contains(a.getNameAsString()));
      if (isTest && !keep.contains(m.getNameAsString())) {
        m.remove();
      }
    }
    type.setName(newName);
    type.getConstructors().forEach(c -> c.setName(newName));
    type.setJavadocComment(
        "Regression test written by Heal: "
            + symptom
            + ".\n\n<p>Fails before the patch and passes after it. Derived from {@code "
            + simple
            + "}: "
            + String.join(", ", keep)
            + ".");
    String pkg = cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    String binary = pkg.isEmpty() ? newName : pkg + "." + newName;
    String path = binary.replace('.', '/') + ".java";
    return Optional.of(new Written(binary, path, cu.toString()));
  }
}
