package io.heal.repair.generate.templates;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.Statement;
import io.heal.repair.generate.Nodes;
import io.heal.repair.generate.Scopes;
import io.heal.repair.generate.Site;
import io.heal.repair.spi.RepairTemplate;
import io.heal.repair.spi.RiskFlag;
import io.heal.repair.spi.SourceEdit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Adds a base case at the top of a recursive method: {@code if (n <= 0) return ...;}. */
public final class BaseCaseTemplate implements RepairTemplate {

  @Override
  public String name() {
    return "recursion-base-case";
  }

  @Override
  public List<SourceEdit> edits(Site site) {
    List<SourceEdit> out = new ArrayList<>();
    if (site.statements().isEmpty()) {
      return out;
    }
    MethodDeclaration m =
        site.statements().get(0).findAncestor(MethodDeclaration.class).orElse(null);
    if (m == null || m.getBody().isEmpty() || m.getBody().get().getStatements().isEmpty()) {
      return out;
    }
    boolean recursive =
        m.findAll(MethodCallExpr.class).stream()
            .anyMatch(
                c ->
                    c.getNameAsString().equals(m.getNameAsString())
                        && c.getArguments().size() == m.getParameters().size());
    if (!recursive) {
      return out;
    }
    BlockStmt body = m.getBody().get();
    Statement first = body.getStatements().get(0);
    for (Parameter p : m.getParameters()) {
      String n = p.getNameAsString();
      String t = p.getTypeAsString();
      List<String> conditions = new ArrayList<>();
      if (Scopes.isIntegral(t)) {
        conditions.addAll(List.of(n + " <= 0", n + " <= 1", n + " < 0", n + " == 0"));
      } else if (t.equals("String") || t.startsWith("List") || t.startsWith("Collection")) {
        conditions.add(n + ".isEmpty()");
      } else if (t.endsWith("[]")) {
        conditions.add(n + ".length == 0");
      }
      for (String cond : conditions) {
        Set<String> values = new LinkedHashSet<>(Scopes.defaults(m.getTypeAsString()));
        if (Scopes.isNumeric(m.getTypeAsString())) {
          values.add("1");
          if (Scopes.isNumeric(t)) {
            values.add(n);
          }
        }
        for (String v : values) {
          String ret = v.isEmpty() ? "return;" : "return " + v + ";";
          site.insertBefore(
                  first,
                  Nodes.guard(cond, ret),
                  "base case: if (" + cond + ") " + ret,
                  RiskFlag.DEFAULT_RETURN)
              .ifPresent(out::add);
        }
      }
    }
    return out;
  }
}
