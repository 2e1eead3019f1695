package io.heal.repair.generate.templates;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import io.heal.repair.generate.Nodes;
import io.heal.repair.generate.Site;
import io.heal.repair.spi.RiskFlag;
import io.heal.repair.spi.SourceEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the guard variants shared by the guard templates. */
final class Guards {

  private Guards() {}

  /**
   * Adds guards before a statement: throw each guard exception, return each default, and continue
   * or break inside a loop.
   */
  static void before(
      Site site,
      Statement stmt,
      String condition,
      String what,
      String message,
      List<SourceEdit> out) {
    for (String exception : site.guardExceptions()) {
      String simple = exception.substring(exception.lastIndexOf('.') + 1);
      for (String text : site.guardMessages(message)) {
        site.insertBefore(
                stmt,
                Nodes.guard(condition, "throw new " + exception + "(" + text + ");"),
                "guard " + what + ": throw " + simple + "(" + text + ")")
            .ifPresent(out::add);
      }
    }
    if (Nodes.inLoop(stmt)) {
      // Skip the element the way the loop body itself handles one it keeps: run a call the body
      // makes (result.add(c)) and go on with the next. A smaller departure than leaving the
      // method, so it goes before the made-up returns.
      for (String keep : loopActions(site, stmt, condition)) {
        site.insertBefore(
                stmt,
                Nodes.guard(condition, keep + "\n  continue;"),
                "guard " + what + ": " + keep + " continue;",
                RiskFlag.DEFAULT_RETURN)
            .ifPresent(out::add);
      }
    }
    for (String ret : site.defaultReturns(stmt)) {
      site.insertBefore(
              stmt,
              Nodes.guard(condition, ret),
              "guard " + what + ": " + ret,
              RiskFlag.DEFAULT_RETURN)
          .ifPresent(out::add);
    }
    if (Nodes.inLoop(stmt)) {
      for (String jump : List.of("continue;", "break;")) {
        site.insertBefore(
                stmt,
                Nodes.guard(condition, jump),
                "guard " + what + ": " + jump,
                RiskFlag.DEFAULT_RETURN)
            .ifPresent(out::add);
      }
    }
  }

  /** How many calls of the loop body a guard may borrow. */
  static final int DEFAULT_MAX_LOOP_ACTIONS = 2;

  /**
   * Calls the innermost loop's body makes as statements, using only names visible before the
   * guarded statement and not the guarded value itself.
   */
  static List<String> loopActions(Site site, Statement stmt, String condition) {
    Node loop = stmt.getParentNode().orElse(null);
    while (loop != null
        && !(loop instanceof ForEachStmt
            || loop instanceof ForStmt
            || loop instanceof WhileStmt
            || loop instanceof DoStmt)) {
      loop = loop.getParentNode().orElse(null);
    }
    List<String> out = new ArrayList<>();
    if (loop == null) {
      return out;
    }
    Map<String, String> visible = site.scope(stmt);
    for (ExpressionStmt e : loop.findAll(ExpressionStmt.class)) {
      if (e == stmt || !e.getExpression().isMethodCallExpr()) {
        continue;
      }
      String text = e.toString();
      boolean usable =
          e.findAll(NameExpr.class).stream()
              .allMatch(n -> visible.containsKey(n.getNameAsString()));
      String guarded = condition.replace(" == null", "");
      if (usable && !text.contains(guarded) && !out.contains(text)) {
        out.add(text);
      }
      if (out.size() >= DEFAULT_MAX_LOOP_ACTIONS) {
        break;
      }
    }
    return out;
  }
}
