package io.heal.repair.generate.templates;

import com.github.javaparser.ast.expr.NameExpr;
import io.heal.repair.generate.Scopes;
import io.heal.repair.generate.Site;
import io.heal.repair.spi.RepairTemplate;
import io.heal.repair.spi.SourceEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Replaces a variable with another in scope of the same declared type. */
public final class ReplaceVariableTemplate implements RepairTemplate {

  /** How many replacements one variable may get. */
  public static final int DEFAULT_MAX_PER_VARIABLE = 8;

  @Override
  public String name() {
    return "replace-variable";
  }

  @Override
  public List<SourceEdit> edits(Site site) {
    List<SourceEdit> out = new ArrayList<>();
    for (NameExpr n : site.expressions(NameExpr.class)) {
      Map<String, String> scope = site.scope(n);
      String name = n.getNameAsString();
      String type = scope.get(name);
      if (type == null || "?".equals(type)) {
        continue;
      }
      int added = 0;
      for (Map.Entry<String, String> v : scope.entrySet()) {
        if (v.getKey().equals(name) || added >= DEFAULT_MAX_PER_VARIABLE) {
          continue;
        }
        if (v.getValue().equals(type)
            || (Scopes.isNumeric(type)
                && Scopes.isNumeric(v.getValue())
                && widens(v.getValue(), type))) {
          out.add(site.replace(n, v.getKey(), name + " -> " + v.getKey()));
          added++;
        }
      }
    }
    // this.x where other.x was meant: a field read through another instance of the same class.
    for (NameExpr n : site.expressions(NameExpr.class)) {
      com.github.javaparser.ast.body.TypeDeclaration<?> owner =
          n.findAncestor(com.github.javaparser.ast.body.TypeDeclaration.class).orElse(null);
      if (owner == null || owner.getFieldByName(n.getNameAsString()).isEmpty()) {
        continue;
      }
      Map<String, String> scope = site.scope(n);
      if (!scope
          .getOrDefault(n.getNameAsString(), "")
          .equals(owner.getFieldByName(n.getNameAsString()).get().getElementType().asString())) {
        continue;
      }
      for (Map.Entry<String, String> v : scope.entrySet()) {
        if (v.getValue().equals(owner.getNameAsString())) {
          out.add(
              site.replace(
                  n, v.getKey() + "." + n.getNameAsString(), n + " -> " + v.getKey() + "." + n));
        }
      }
    }
    for (com.github.javaparser.ast.expr.ArrayAccessExpr a :
        site.expressions(com.github.javaparser.ast.expr.ArrayAccessExpr.class)) {
      String arrayType = Scopes.typeOf(a.getName());
      if (arrayType == null || !arrayType.endsWith("[]")) {
        continue;
      }
      String element = arrayType.substring(0, arrayType.length() - 2);
      int added = 0;
      for (Map.Entry<String, String> v : site.scope(a).entrySet()) {
        if (v.getValue().equals(element) && added++ < DEFAULT_MAX_PER_VARIABLE) {
          out.add(site.replace(a, v.getKey(), site.text(a) + " -> " + v.getKey()));
        }
      }
    }
    return out;
  }

  private static boolean widens(String from, String to) {
    List<String> order = List.of("byte", "short", "char", "int", "long", "float", "double");
    int f = order.indexOf(from);
    int t = order.indexOf(to);
    return f >= 0 && t >= 0 && f <= t;
  }
}
