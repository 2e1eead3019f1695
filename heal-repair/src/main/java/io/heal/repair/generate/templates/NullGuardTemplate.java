package io.heal.repair.generate.templates;

import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import io.heal.repair.generate.Nodes;
import io.heal.repair.generate.Site;
import io.heal.repair.spi.RepairTemplate;
import io.heal.repair.spi.SourceEdit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Guards a dereference against null: a guard before the statement, a {@code x != null &&} in a
 * condition, or {@code Objects.equals} for an {@code equals} call.
 */
public final class NullGuardTemplate implements RepairTemplate {

  @Override
  public String name() {
    return "guard-null";
  }

  @Override
  public List<SourceEdit> edits(Site site) {
    Map<String, Expression> derefs = new LinkedHashMap<>();
    Map<String, Expression> getters = new LinkedHashMap<>();
    List<SourceEdit> out = new ArrayList<>();
    for (Expression e : site.expressions()) {
      Expression scope = null;
      if (e instanceof MethodCallExpr && ((MethodCallExpr) e).getScope().isPresent()) {
        scope = ((MethodCallExpr) e).getScope().get();
        MethodCallExpr call = (MethodCallExpr) e;
        if (call.getNameAsString().equals("equals") && call.getArguments().size() == 1) {
          out.add(
              site.replace(
                  call,
                  "java.util.Objects.equals("
                      + site.text(scope)
                      + ", "
                      + site.text(call.getArgument(0))
                      + ")",
                  "null-safe equals"));
        }
      } else if (e instanceof FieldAccessExpr) {
        scope = ((FieldAccessExpr) e).getScope();
      } else if (e instanceof ArrayAccessExpr) {
        scope = ((ArrayAccessExpr) e).getName();
      }
      if (scope != null && guardable(site, scope)) {
        derefs.putIfAbsent(site.text(scope), scope);
      } else if (scope != null && isGetterOfVariable(site, scope)) {
        getters.putIfAbsent(site.text(scope), scope);
      }
    }
    // A getter's result (c.email()) may be null too; tried after plain variables and fields.
    getters.forEach(derefs::putIfAbsent);
    for (Statement s : site.statements()) {
      if (s instanceof ForEachStmt && guardable(site, ((ForEachStmt) s).getIterable())) {
        derefs.putIfAbsent(
            site.text(((ForEachStmt) s).getIterable()), ((ForEachStmt) s).getIterable());
      }
    }
    for (Map.Entry<String, Expression> d : derefs.entrySet()) {
      String x = d.getKey();
      Expression cond = condition(d.getValue());
      if (cond != null) {
        String c = needsParens(cond) ? "(" + site.text(cond) + ")" : site.text(cond);
        out.add(
            site.replace(cond, x + " == null || " + c, "condition holds when " + x + " is null"));
        out.add(site.replace(cond, x + " != null && " + c, "condition requires " + x + " != null"));
      }
    }
    // Skip a statement when a value it uses is null (an optional value passed on).
    for (Statement s : site.statements()) {
      if (!s.isExpressionStmt() || !Nodes.inBlock(s)) {
        continue;
      }
      java.util.Set<String> names = new java.util.LinkedHashSet<>();
      for (NameExpr n : s.findAll(NameExpr.class)) {
        String type = site.scope(n).get(n.getNameAsString());
        if (type != null && !isPrimitive(type) && !"?".equals(type)) {
          names.add(n.getNameAsString());
        }
      }
      for (String x : names) {
        out.add(
            site.replace(
                s,
                site.wrapIf(s, x + " != null"),
                "run the statement only when " + x + " != null",
                io.heal.repair.spi.RiskFlag.DEFAULT_RETURN));
      }
    }
    for (Map.Entry<String, Expression> d : derefs.entrySet()) {
      String x = d.getKey();
      Nodes.statementOf(d.getValue())
          .ifPresent(
              s ->
                  Guards.before(
                      site, s, x + " == null", "null " + x, x + " must not be null", out));
    }
    return out;
  }

  private static Expression condition(Expression e) {
    Statement s = e.findAncestor(Statement.class).orElse(null);
    if (s instanceof IfStmt && isWithin(e, ((IfStmt) s).getCondition())) {
      return ((IfStmt) s).getCondition();
    }
    if (s instanceof WhileStmt && isWithin(e, ((WhileStmt) s).getCondition())) {
      return ((WhileStmt) s).getCondition();
    }
    return null;
  }

  private static boolean needsParens(Expression cond) {
    return cond.isConditionalExpr()
        || cond.isAssignExpr()
        || (cond.isBinaryExpr()
            && (cond.asBinaryExpr().getOperator()
                    == com.github.javaparser.ast.expr.BinaryExpr.Operator.OR
                || cond.asBinaryExpr().getOperator()
                    == com.github.javaparser.ast.expr.BinaryExpr.Operator.AND));
  }

  private static boolean isWithin(Expression e, Expression cond) {
    return e == cond || e.isDescendantOf(cond);
  }

  private static boolean guardable(Site site, Expression scope) {
    if (scope.isThisExpr()
        || scope.isSuperExpr()
        || scope.isLiteralExpr()
        || scope.isObjectCreationExpr()) {
      return false;
    }
    if (scope instanceof NameExpr) {
      String name = ((NameExpr) scope).getNameAsString();
      String type = site.scope(scope).get(name);
      if (type == null) {
        return false;
      }
      return !isPrimitive(type);
    }
    return scope.isFieldAccessExpr() && ((FieldAccessExpr) scope).getScope().isThisExpr();
  }

  /** A call without arguments on a variable of a reference type, such as {@code c.email()}. */
  private static boolean isGetterOfVariable(Site site, Expression scope) {
    if (!scope.isMethodCallExpr() || !scope.asMethodCallExpr().getArguments().isEmpty()) {
      return false;
    }
    Expression target = scope.asMethodCallExpr().getScope().orElse(null);
    return target instanceof NameExpr && guardable(site, target);
  }

  private static boolean isPrimitive(String type) {
    return List.of("int", "long", "short", "byte", "double", "float", "char", "boolean")
        .contains(type);
  }
}
