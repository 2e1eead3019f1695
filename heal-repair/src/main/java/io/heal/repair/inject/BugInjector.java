package io.heal.repair.inject;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BinaryExpr.Operator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import io.heal.repair.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Injects one known bug into a project's main sources, in the first file (in path order, or the
 * named class first) that offers a site for it. Stateless.
 */
public final class BugInjector {

  /**
   * Injects a bug and writes the file.
   *
   * @param project the project directory
   * @param kind the kind of bug
   * @param preferredClass a simple class name to try first, or null
   * @return what was injected
   * @throws IOException when sources cannot be read or written
   * @throws IllegalStateException when no file offers a site for this kind
   */
  public InjectedBug inject(Path project, BugKind kind, String preferredClass) throws IOException {
    Path main = project.resolve("src/main/java");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(main)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    if (preferredClass != null) {
      files =
          Stream.concat(
                  files.stream()
                      .filter(p -> p.getFileName().toString().equals(preferredClass + ".java")),
                  files.stream()
                      .filter(p -> !p.getFileName().toString().equals(preferredClass + ".java")))
              .toList();
    }
    JavaParser parser =
        new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
    for (Path file : files) {
      String source = Files.readString(file);
      CompilationUnit cu = parser.parse(source).getResult().orElse(null);
      if (cu == null) {
        continue;
      }
      Optional<Splice> splice = site(cu, kind);
      if (splice.isPresent()) {
        Splice s = splice.get();
        String patched = s.apply(source);
        Files.writeString(file, patched);
        String rel = project.relativize(file).toString();
        return new InjectedBug(
            kind, rel, s.line(), s.description(), ReportWriter.diff(rel, source, patched));
      }
    }
    throw new IllegalStateException(
        "bug " + kind.id() + ": no site for it in the sources under " + main);
  }

  private Optional<Splice> site(CompilationUnit cu, BugKind kind) {
    switch (kind) {
      case ZERO_DIVISOR:
        return guard(cu, "0");
      case NULL_GUARD:
        return guard(cu, "null");
      case OFF_BY_ONE:
        for (ForStmt f : cu.findAll(ForStmt.class)) {
          Optional<Expression> cmp = f.getCompare();
          if (cmp.isPresent() && cmp.get() instanceof BinaryExpr) {
            BinaryExpr b = (BinaryExpr) cmp.get();
            if (b.getOperator() == Operator.LESS) {
              return Optional.of(
                  Splice.of(
                      b,
                      b.getLeft() + " <= " + b.getRight(),
                      "loop bound " + b + " -> " + b.getLeft() + " <= " + b.getRight()));
            }
          }
        }
        return Optional.empty();
      case WRONG_COMPARISON:
        for (IfStmt i : cu.findAll(IfStmt.class)) {
          boolean throwing =
              !i.getThenStmt().findAll(com.github.javaparser.ast.stmt.ThrowStmt.class).isEmpty();
          if (throwing || !(i.getCondition() instanceof BinaryExpr)) {
            continue;
          }
          BinaryExpr b = (BinaryExpr) i.getCondition();
          Operator flipped = flip(b.getOperator());
          if (flipped != null) {
            String text = b.getLeft() + " " + flipped.asString() + " " + b.getRight();
            return Optional.of(Splice.of(b, text, "comparison " + b + " -> " + text));
          }
        }
        return Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private static Operator flip(Operator op) {
    switch (op) {
      case LESS:
        return Operator.GREATER;
      case GREATER:
        return Operator.LESS;
      case LESS_EQUALS:
        return Operator.GREATER_EQUALS;
      case GREATER_EQUALS:
        return Operator.LESS_EQUALS;
      default:
        return null;
    }
  }

  private static Optional<Splice> guard(CompilationUnit cu, String value) {
    for (IfStmt i : cu.findAll(IfStmt.class)) {
      if (i.getElseStmt().isPresent()
          || !throwsOrFailsFast(i)
          || !(i.getCondition() instanceof BinaryExpr)) {
        continue;
      }
      BinaryExpr b = (BinaryExpr) i.getCondition();
      if (b.getOperator() == Operator.EQUALS
          && (b.getRight().toString().equals(value) || b.getLeft().toString().equals(value))) {
        return Optional.of(Splice.of(i, "", "removed the guard 'if (" + b + ")'").wholeLines());
      }
    }
    return Optional.empty();
  }

  private static boolean throwsOrFailsFast(IfStmt i) {
    Statement then = i.getThenStmt();
    return !then.findAll(com.github.javaparser.ast.stmt.ThrowStmt.class).isEmpty()
        || !then.findAll(com.github.javaparser.ast.stmt.ReturnStmt.class).isEmpty();
  }

  /** A replacement of one node's text. */
  private record Splice(Node node, String text, String description, boolean lines) {
    static Splice of(Node node, String text, String description) {
      return new Splice(node, text, description, false);
    }

    Splice wholeLines() {
      return new Splice(node, text, description, true);
    }

    int line() {
      return node.getBegin().get().line;
    }

    String apply(String source) {
      String[] rows = source.split("\n", -1);
      int[] starts = new int[rows.length + 1];
      for (int i = 0; i < rows.length; i++) {
        starts[i + 1] = starts[i] + rows[i].length() + 1;
      }
      int begin = starts[node.getBegin().get().line - 1] + node.getBegin().get().column - 1;
      int end = starts[node.getEnd().get().line - 1] + node.getEnd().get().column;
      if (lines) {
        begin = starts[node.getBegin().get().line - 1];
        end = Math.min(source.length(), starts[node.getEnd().get().line]);
      }
      return source.substring(0, begin) + text + source.substring(end);
    }
  }
}
