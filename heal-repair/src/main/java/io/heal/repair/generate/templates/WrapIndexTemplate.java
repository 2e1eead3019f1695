package io.heal.repair.generate.templates;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import io.heal.repair.generate.Scopes;
import io.heal.repair.generate.Site;
import io.heal.repair.spi.RepairTemplate;
import io.heal.repair.spi.SourceEdit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Wraps an index that is advanced past the end of the array it indexes: {@code i = i + 1} or {@code
 * i++} becomes {@code i = (i + 1) % a.length} when {@code a[i]} appears in the same class (circular
 * buffers, round-robin cursors, rotating slots).
 */
public final class WrapIndexTemplate implements RepairTemplate {

  @Override
  public String name() {
    return "wrap-index";
  }

  @Override
  public List<SourceEdit> edits(Site site) {
    List<SourceEdit> out = new ArrayList<>();
    for (Expression e : site.expressions()) {
      Expression target;
      String value;
      if (e instanceof AssignExpr a) {
        target = a.getTarget();
        if (a.getOperator() == AssignExpr.Operator.ASSIGN) {
          value = site.text(a.getValue());
        } else if (a.getOperator() == AssignExpr.Operator.PLUS) {
          value = site.text(target) + " + " + site.operand(a.getValue());
        } else {
          continue;
        }
      } else if (e instanceof UnaryExpr u && isIncrementStatement(u)) {
        target = u.getExpression();
        value = site.text(target) + " + 1";
      } else {
        continue;
      }
      if (!(target.isNameExpr() || target.isFieldAccessExpr())
          || !Scopes.isIntegral(Scopes.typeOf(target))
          || value.contains("%")) {
        continue;
      }
      String variable = name(target);
      for (String array : indexedArrays(e, variable)) {
        String wrapped = site.text(target) + " = (" + value + ") % " + array + ".length";
        out.add(site.replace(e, wrapped, "wrap " + variable + " modulo " + array + ".length"));
      }
    }
    return out;
  }

  private static boolean isIncrementStatement(UnaryExpr u) {
    return (u.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT
            || u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT)
        && u.getParentNode().map(p -> p instanceof ExpressionStmt).orElse(false);
  }

  private static String name(Expression target) {
    return target.isNameExpr()
        ? target.asNameExpr().getNameAsString()
        : target.asFieldAccessExpr().getNameAsString();
  }

  /** Arrays indexed by exactly the variable somewhere in the enclosing class. */
  private static Set<String> indexedArrays(Node at, String variable) {
    Set<String> out = new LinkedHashSet<>();
    Node scope = at.findAncestor(TypeDeclaration.class).map(t -> (Node) t).orElse(null);
    if (scope == null) {
      return out;
    }
    for (ArrayAccessExpr a : scope.findAll(ArrayAccessExpr.class)) {
      Expression index = a.getIndex();
      boolean same =
          (index.isNameExpr() && index.asNameExpr().getNameAsString().equals(variable))
              || (index.isFieldAccessExpr()
                  && index.asFieldAccessExpr().getScope().isThisExpr()
                  && index.asFieldAccessExpr().getNameAsString().equals(variable));
      if (same && (a.getName().isNameExpr() || a.getName().isFieldAccessExpr())) {
        out.add(a.getName().toString());
      }
    }
    return out;
  }
}
