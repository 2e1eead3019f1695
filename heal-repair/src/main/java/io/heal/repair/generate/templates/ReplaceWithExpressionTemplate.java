package io.heal.repair.generate.templates;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import io.heal.repair.generate.Nodes;
import io.heal.repair.generate.Scopes;
import io.heal.repair.generate.Site;
import io.heal.repair.spi.RepairTemplate;
import io.heal.repair.spi.SourceEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces a variable with an expression of the same type that the same method already uses: a
 * field read or a call without arguments, such as {@code other.cols()} where {@code cols} was
 * written. The ingredients come from the method itself (the "fix ingredients" of redundancy-based
 * repair), closest first, and must only use names visible at the edited line.
 */
public final class ReplaceWithExpressionTemplate implements RepairTemplate {

  /** How many ingredients one variable is replaced with, at most. */
  public static final int DEFAULT_MAX_PER_VARIABLE = 4;

  @Override
  public String name() {
    return "replace-expression";
  }

  @Override
  public List<SourceEdit> edits(Site site) {
    List<SourceEdit> out = new ArrayList<>();
    for (NameExpr n : site.expressions(NameExpr.class)) {
      Map<String, String> scope = site.scope(n);
      String type = scope.get(n.getNameAsString());
      if (type == null || "?".equals(type) || isCallScope(n) || isAssigned(n)) {
        continue;
      }
      int added = 0;
      for (Expression e : ingredients(n, type, scope)) {
        if (added++ >= DEFAULT_MAX_PER_VARIABLE) {
          break;
        }
        String text = site.text(e);
        out.add(site.replace(n, text, n.getNameAsString() + " -> " + text));
      }
    }
    return out;
  }

  private static boolean isAssigned(NameExpr n) {
    return n.getParentNode()
        .map(
            p ->
                (p instanceof com.github.javaparser.ast.expr.AssignExpr a && a.getTarget() == n)
                    || p instanceof com.github.javaparser.ast.expr.UnaryExpr)
        .orElse(false);
  }

  private static boolean isCallScope(NameExpr n) {
    return n.getParentNode()
        .map(
            p ->
                (p instanceof com.github.javaparser.ast.expr.MethodCallExpr m
                        && m.getScope().map(s -> s == n).orElse(false))
                    || (p instanceof com.github.javaparser.ast.expr.FieldAccessExpr f
                        && f.getScope() == n))
        .orElse(false);
  }

  /** Field reads and no-argument calls of the type in the same method, closest first. */
  private static List<Expression> ingredients(NameExpr at, String type, Map<String, String> scope) {
    Node method = Nodes.callableOf(at).map(c -> (Node) c).orElse(null);
    if (method == null) {
      return List.of();
    }
    Map<String, Expression> byText = new LinkedHashMap<>();
    List<Expression> found = new ArrayList<>();
    for (Expression e : method.findAll(Expression.class)) {
      boolean shape =
          (e.isMethodCallExpr() && e.asMethodCallExpr().getArguments().isEmpty())
              || (e.isFieldAccessExpr() && !e.asFieldAccessExpr().getScope().isThisExpr());
      if (!shape || !type.equals(Scopes.typeOf(e)) || !visible(e, scope, at)) {
        continue;
      }
      if (e.findAll(NameExpr.class).stream()
          .anyMatch(x -> x.getNameAsString().equals(at.getNameAsString()))) {
        continue;
      }
      if (byText.putIfAbsent(e.toString(), e) == null) {
        found.add(e);
      }
    }
    int line = at.getBegin().get().line;
    found.sort(Comparator.comparingInt(e -> Math.abs(e.getBegin().get().line - line)));
    return found;
  }

  /** Whether every name the expression reads is visible where it would go. */
  private static boolean visible(Expression e, Map<String, String> scope, Node at) {
    TypeDeclaration<?> owner =
        at.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t).orElse(null);
    for (NameExpr name : e.findAll(NameExpr.class)) {
      String s = name.getNameAsString();
      if (!scope.containsKey(s) && (owner == null || owner.getFieldByName(s).isEmpty())) {
        return false;
      }
    }
    return true;
  }
}
