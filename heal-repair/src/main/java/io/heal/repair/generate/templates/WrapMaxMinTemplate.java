package io.heal.repair.generate.templates;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import io.heal.repair.generate.Scopes;
import io.heal.repair.generate.Site;
import io.heal.repair.spi.RepairTemplate;
import io.heal.repair.spi.SourceEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Wraps an assigned or returned number in {@code Math.max} or {@code Math.min}. */
public final class WrapMaxMinTemplate implements RepairTemplate {

  /** How many in-scope variables serve as the other bound. */
  public static final int DEFAULT_MAX_BOUNDS = 4;

  @Override
  public String name() {
    return "wrap-max-min";
  }

  @Override
  public List<SourceEdit> edits(Site site) {
    List<Expression> values = new ArrayList<>();
    for (AssignExpr a : site.expressions(AssignExpr.class)) {
      if (a.getOperator() == AssignExpr.Operator.ASSIGN
          && Scopes.isNumeric(Scopes.typeOf(a.getTarget()))) {
        values.add(a.getValue());
      }
    }
    for (Statement s : site.statements()) {
      if (s instanceof ReturnStmt && ((ReturnStmt) s).getExpression().isPresent()) {
        String type =
            s.findAncestor(MethodDeclaration.class)
                .map(MethodDeclaration::getTypeAsString)
                .orElse("");
        if (Scopes.isNumeric(type)) {
          values.add(((ReturnStmt) s).getExpression().get());
        }
      }
      for (VariableDeclarator v : s.findAll(VariableDeclarator.class)) {
        if (Scopes.isNumeric(v.getTypeAsString())
            && v.getInitializer().isPresent()
            && v.getBegin().get().line == site.line()) {
          values.add(v.getInitializer().get());
        }
      }
    }
    List<SourceEdit> out = new ArrayList<>();
    List<String> clamps = clampsNearby(site);
    for (Expression e : values) {
      String x = site.text(e);
      for (String pattern : clamps) {
        String wrapped = pattern.replace("\u0000", x);
        out.add(site.replace(e, wrapped, "clamp like nearby: " + wrapped));
      }
      out.add(site.replace(e, "Math.max(" + x + ", 0)", "Math.max(" + x + ", 0)"));
      Map<String, String> scope = site.scope(e);
      int added = 0;
      for (Map.Entry<String, String> v : scope.entrySet()) {
        if (added >= DEFAULT_MAX_BOUNDS
            || !Scopes.isNumeric(v.getValue())
            || x.equals(v.getKey())) {
          continue;
        }
        out.add(
            site.replace(
                e,
                "Math.min(" + x + ", " + v.getKey() + ")",
                "Math.min(" + x + ", " + v.getKey() + ")"));
        out.add(
            site.replace(
                e,
                "Math.max(" + x + ", " + v.getKey() + ")",
                "Math.max(" + x + ", " + v.getKey() + ")"));
        added++;
      }
    }
    return out;
  }

  /**
   * Two-sided clamps the class already uses, {@code Math.max(LO, Math.min(HI, x))}, as patterns
   * with the clamped operand replaced by a NUL character.
   */
  private static List<String> clampsNearby(Site site) {
    List<String> patterns = new ArrayList<>();
    for (com.github.javaparser.ast.expr.MethodCallExpr outer :
        site.unit().findAll(com.github.javaparser.ast.expr.MethodCallExpr.class)) {
      if (!isMath(outer)) {
        continue;
      }
      for (Expression arg : outer.getArguments()) {
        if (!(arg instanceof com.github.javaparser.ast.expr.MethodCallExpr)
            || !isMath((com.github.javaparser.ast.expr.MethodCallExpr) arg)) {
          continue;
        }
        com.github.javaparser.ast.expr.MethodCallExpr inner =
            (com.github.javaparser.ast.expr.MethodCallExpr) arg;
        for (Expression x : inner.getArguments()) {
          if (x.isLiteralExpr()
              || x.toString().equals(x.toString().toUpperCase(java.util.Locale.ROOT))) {
            continue;
          }
          String text = site.text(outer);
          String operand = site.text(x);
          int at = text.indexOf(operand, text.indexOf(inner.getNameAsString() + "("));
          if (at >= 0) {
            String pattern =
                text.substring(0, at) + "\u0000" + text.substring(at + operand.length());
            if (!patterns.contains(pattern) && patterns.size() < 3) {
              patterns.add(pattern);
            }
          }
          break;
        }
      }
    }
    return patterns;
  }

  private static boolean isMath(com.github.javaparser.ast.expr.MethodCallExpr m) {
    return (m.getNameAsString().equals("max") || m.getNameAsString().equals("min"))
        && m.getArguments().size() == 2
        && m.getScope().map(s -> s.toString().equals("Math")).orElse(false);
  }
}
