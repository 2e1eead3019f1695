package io.heal.repair.generate.templates;

import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import io.heal.repair.generate.Nodes;
import io.heal.repair.generate.Scopes;
import io.heal.repair.generate.Site;
import io.heal.repair.spi.RepairTemplate;
import io.heal.repair.spi.RiskFlag;
import io.heal.repair.spi.SourceEdit;
import java.util.ArrayList;
import java.util.List;

/** Guards a division or remainder against a zero divisor. */
public final class ZeroDivisorGuardTemplate implements RepairTemplate {

  @Override
  public String name() {
    return "guard-zero-divisor";
  }

  @Override
  public List<SourceEdit> edits(Site site) {
    List<SourceEdit> out = new ArrayList<>();
    for (BinaryExpr b : site.expressions(BinaryExpr.class)) {
      if (b.getOperator() == BinaryExpr.Operator.DIVIDE
          || b.getOperator() == BinaryExpr.Operator.REMAINDER) {
        add(site, b, b.getRight(), out);
        String zero = "0";
        out.add(
            site.replace(
                b,
                "(" + site.text(b.getRight()) + " == 0 ? " + zero + " : " + site.text(b) + ")",
                "guard zero divisor in expression: 0 when " + site.text(b.getRight()) + " is 0",
                RiskFlag.DEFAULT_RETURN));
      }
    }
    for (AssignExpr a : site.expressions(AssignExpr.class)) {
      if (a.getOperator() == AssignExpr.Operator.DIVIDE
          || a.getOperator() == AssignExpr.Operator.REMAINDER) {
        add(site, a, a.getValue(), out);
      }
    }
    return out;
  }

  private static void add(Site site, Expression at, Expression divisor, List<SourceEdit> out) {
    String d = site.text(divisor);
    if (divisor.isLiteralExpr() && !"0".equals(d)) {
      return;
    }
    boolean simple =
        divisor.isNameExpr() || divisor.isFieldAccessExpr() || divisor.isMethodCallExpr();
    String cond = simple ? d + " == 0" : "(" + d + ") == 0";
    if (divisor.isMethodCallExpr()
        && divisor.asMethodCallExpr().getArguments().isEmpty()
        && divisor.asMethodCallExpr().getScope().isPresent()
        && List.of("size", "length").contains(divisor.asMethodCallExpr().getNameAsString())) {
      cond = site.text(divisor.asMethodCallExpr().getScope().get()) + ".isEmpty()";
    }
    String condition = cond;
    String type = Scopes.typeOf(divisor);
    if (type != null && !Scopes.isNumeric(type)) {
      return;
    }
    Nodes.statementOf(at)
        .ifPresent(
            s ->
                Guards.before(
                    site, s, condition, "zero divisor " + d, d + " must not be zero", out));
  }
}
