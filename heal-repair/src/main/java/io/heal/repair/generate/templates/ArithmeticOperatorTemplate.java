package io.heal.repair.generate.templates;

import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BinaryExpr.Operator;
import com.github.javaparser.ast.expr.UnaryExpr;
import io.heal.repair.generate.Scopes;
import io.heal.repair.generate.Site;
import io.heal.repair.spi.RepairTemplate;
import io.heal.repair.spi.SourceEdit;
import java.util.ArrayList;
import java.util.List;

/** Replaces an arithmetic operator (binary, compound assignment, increment) with another. */
public final class ArithmeticOperatorTemplate implements RepairTemplate {

  private static final List<Operator> ARITHMETIC =
      List.of(
          Operator.PLUS, Operator.MINUS, Operator.MULTIPLY, Operator.DIVIDE, Operator.REMAINDER);
  private static final List<AssignExpr.Operator> COMPOUND =
      List.of(
          AssignExpr.Operator.PLUS,
          AssignExpr.Operator.MINUS,
          AssignExpr.Operator.MULTIPLY,
          AssignExpr.Operator.DIVIDE,
          AssignExpr.Operator.REMAINDER);

  @Override
  public String name() {
    return "arithmetic-operator";
  }

  @Override
  public List<SourceEdit> edits(Site site) {
    List<SourceEdit> out = new ArrayList<>();
    for (BinaryExpr b : site.expressions(BinaryExpr.class)) {
      if (!ARITHMETIC.contains(b.getOperator()) || "String".equals(Scopes.typeOf(b))) {
        continue;
      }
      for (Operator op : ARITHMETIC) {
        if (op != b.getOperator()) {
          out.add(
              site.replace(
                  b,
                  site.text(b.getLeft()) + " " + op.asString() + " " + site.text(b.getRight()),
                  b.getOperator().asString() + " -> " + op.asString()));
        }
      }
    }
    for (AssignExpr a : site.expressions(AssignExpr.class)) {
      if (!COMPOUND.contains(a.getOperator())) {
        continue;
      }
      for (AssignExpr.Operator op : COMPOUND) {
        if (op != a.getOperator()) {
          out.add(
              site.replace(
                  a,
                  site.text(a.getTarget()) + " " + op.asString() + " " + site.text(a.getValue()),
                  a.getOperator().asString() + " -> " + op.asString()));
        }
      }
      out.add(
          site.replace(
              a,
              site.text(a.getTarget()) + " = " + site.text(a.getValue()),
              a.getOperator().asString() + " -> ="));
    }
    for (UnaryExpr u : site.expressions(UnaryExpr.class)) {
      String x = site.text(u.getExpression());
      switch (u.getOperator()) {
        case POSTFIX_INCREMENT:
          out.add(site.replace(u, x + "--", "++ -> --"));
          out.add(site.replace(u, "++" + x, "x++ -> ++x"));
          break;
        case POSTFIX_DECREMENT:
          out.add(site.replace(u, x + "++", "-- -> ++"));
          out.add(site.replace(u, "--" + x, "x-- -> --x"));
          break;
        case PREFIX_INCREMENT:
          out.add(site.replace(u, "--" + x, "++ -> --"));
          out.add(site.replace(u, x + "++", "++x -> x++"));
          break;
        case PREFIX_DECREMENT:
          out.add(site.replace(u, "++" + x, "-- -> ++"));
          out.add(site.replace(u, x + "--", "--x -> x--"));
          break;
        case MINUS:
          out.add(site.replace(u, x, "drop unary minus"));
          break;
        default:
          break;
      }
    }
    return out;
  }
}
