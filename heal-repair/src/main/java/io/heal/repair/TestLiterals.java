package io.heal.repair;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects the string literals of failing test methods (in their escaped source form). */
final class TestLiterals {

  private TestLiterals() {}

  static List<String> of(Path testSources, List<TestId> failing) {
    Set<String> out = new LinkedHashSet<>();
    JavaParser parser =
        new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
    for (TestId t : failing) {
      String top =
          t.className().contains("$")
              ? t.className().substring(0, t.className().indexOf('$'))
              : t.className();
      Path file = testSources.resolve(top.replace('.', '/') + ".java");
      try {
        if (!Files.exists(file)) {
          continue;
        }
        CompilationUnit cu = parser.parse(Files.readString(file)).getResult().orElse(null);
        if (cu == null) {
          continue;
        }
        for (MethodDeclaration m : cu.findAll(MethodDeclaration.class)) {
          if (m.getNameAsString().equals(t.method())) {
            m.findAll(StringLiteralExpr.class).forEach(s -> out.add(s.getValue()));
            m.findAll(com.github.javaparser.ast.expr.IntegerLiteralExpr.class)
                .forEach(i -> out.add(i.getValue()));
          }
        }
      } catch (IOException e) {
        // a test source that cannot be read only means fewer hints
      }
    }
    return new ArrayList<>(out);
  }
}
