package io.heal.repair.generate.templates;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import io.heal.repair.generate.Scopes;
import io.heal.repair.generate.Site;
import io.heal.repair.spi.RepairTemplate;
import io.heal.repair.spi.SourceEdit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Changes a constant a method returns: another literal, or a variable of the return type. */
public final class ConstantReturnTemplate implements RepairTemplate {

  @Override
  public String name() {
    return "constant-return";
  }

  @Override
  public List<SourceEdit> edits(Site site) {
    List<SourceEdit> out = new ArrayList<>();
    for (Statement s : site.statements()) {
      if (!(s instanceof ReturnStmt) || ((ReturnStmt) s).getExpression().isEmpty()) {
        continue;
      }
      Expression e = ((ReturnStmt) s).getExpression().get();
      if (!e.isLiteralExpr()
          && !(e.isUnaryExpr() && e.asUnaryExpr().getExpression().isLiteralExpr())) {
        continue;
      }
      String type =
          s.findAncestor(MethodDeclaration.class)
              .map(MethodDeclaration::getTypeAsString)
              .orElse("");
      Set<String> values = new LinkedHashSet<>();
      if (e.isBooleanLiteralExpr()) {
        values.add(String.valueOf(!e.asBooleanLiteralExpr().getValue()));
      } else if (Scopes.isNumeric(type)) {
        values.addAll(List.of("0", "1", "-1"));
      } else {
        values.addAll(Scopes.defaults(type));
      }
      Map<String, String> scope = site.scope(s);
      for (Map.Entry<String, String> v : scope.entrySet()) {
        if (v.getValue().equals(type)) {
          values.add(v.getKey());
        }
      }
      String old = site.text(e);
      values.remove(old);
      values.remove("");
      for (String v : values) {
        out.add(site.replace(e, v, "return " + old + " -> return " + v));
      }
    }
    return out;
  }
}
