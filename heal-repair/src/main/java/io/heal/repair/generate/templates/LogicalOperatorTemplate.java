package io.heal.repair.generate.templates;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BinaryExpr.Operator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import io.heal.repair.generate.Site;
import io.heal.repair.spi.RepairTemplate;
import io.heal.repair.spi.SourceEdit;
import java.util.ArrayList;
import java.util.List;

/** Swaps {@code &&} and {@code ||}, negates a condition, drops a negation or a conjunct. */
public final class LogicalOperatorTemplate implements RepairTemplate {

  @Override
  public String name() {
    return "logical-operator";
  }

  @Override
  public List<SourceEdit> edits(Site site) {
    List<SourceEdit> out = new ArrayList<>();
    for (BinaryExpr b : site.expressions(BinaryExpr.class)) {
      Operator op = b.getOperator();
      if (op == Operator.AND || op == Operator.OR) {
        Operator other = op == Operator.AND ? Operator.OR : Operator.AND;
        out.add(
            site.replace(
                b,
                site.text(b.getLeft()) + " " + other.asString() + " " + site.text(b.getRight()),
                op.asString() + " -> " + other.asString()));
        out.add(
            site.replace(
                b, site.text(b.getLeft()), "keep only the left operand of " + op.asString()));
        out.add(
            site.replace(
                b, site.text(b.getRight()), "keep only the right operand of " + op.asString()));
      }
    }
    for (UnaryExpr u : site.expressions(UnaryExpr.class)) {
      if (u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
        out.add(site.replace(u, site.text(u.getExpression()), "drop negation"));
      }
    }
    for (Statement s : site.statements()) {
      Expression cond = null;
      if (s instanceof IfStmt) {
        cond = ((IfStmt) s).getCondition();
      } else if (s instanceof WhileStmt) {
        cond = ((WhileStmt) s).getCondition();
      }
      if (cond != null && !(cond instanceof UnaryExpr)) {
        out.add(site.replace(cond, negate(site, cond), "negate condition"));
      }
    }
    for (Statement s : site.statements()) {
      if (s.isReturnStmt() && s.asReturnStmt().getExpression().isPresent()) {
        Expression e = s.asReturnStmt().getExpression().get();
        boolean bool =
            s.findAncestor(com.github.javaparser.ast.body.MethodDeclaration.class)
                .map(m -> m.getTypeAsString().equals("boolean"))
                .orElse(false);
        if (bool && !(e instanceof UnaryExpr) && !e.isBooleanLiteralExpr()) {
          out.add(site.replace(e, negate(site, e), "negate the returned value"));
        }
      }
    }
    return out;
  }

  private static String negate(Site site, Expression e) {
    boolean simple =
        e.isMethodCallExpr() || e.isNameExpr() || e.isFieldAccessExpr() || e.isEnclosedExpr();
    return simple ? "!" + site.text(e) : "!(" + site.text(e) + ")";
  }
}
