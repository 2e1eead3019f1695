package io.heal.repair;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The header lines of the loops and ifs that enclose a line: a fault reported at an index or a
 * dereference often sits in the condition that let execution get there.
 */
final class ControlContext {

  private ControlContext() {}

  static List<Integer> headers(Path file, int line) {
    List<Integer> out = new ArrayList<>();
    try {
      CompilationUnit cu =
          new JavaParser(
                  new ParserConfiguration()
                      .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17))
              .parse(Files.readString(file))
              .getResult()
              .orElse(null);
      if (cu == null) {
        return out;
      }
      Statement inner = null;
      for (Statement s : cu.findAll(Statement.class)) {
        if (s.getBegin().isPresent() && s.getBegin().get().line == line) {
          inner = s;
          break;
        }
      }
      Node cur = inner == null ? null : inner.getParentNode().orElse(null);
      while (cur != null && !(cur instanceof CallableDeclaration)) {
        if (cur instanceof ForStmt
            || cur instanceof WhileStmt
            || cur instanceof ForEachStmt
            || cur instanceof IfStmt) {
          out.add(cur.getBegin().get().line);
        } else if (cur instanceof DoStmt) {
          out.add(((DoStmt) cur).getCondition().getBegin().get().line);
        }
        cur = cur.getParentNode().orElse(null);
      }
    } catch (IOException | RuntimeException e) {
      // no context: the stack line alone still stands
    }
    return out;
  }
}
