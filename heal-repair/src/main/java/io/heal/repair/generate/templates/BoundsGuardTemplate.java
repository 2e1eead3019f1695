package io.heal.repair.generate.templates;

import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.heal.repair.generate.Nodes;
import io.heal.repair.generate.Site;
import io.heal.repair.spi.RepairTemplate;
import io.heal.repair.spi.SourceEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Guards an index (array, list, string) against bounds, and a first-element read against empty. */
public final class BoundsGuardTemplate implements RepairTemplate {

  private static final Set<String> INDEXED = Set.of("get", "charAt", "remove", "set", "substring");

  @Override
  public String name() {
    return "guard-bounds";
  }

  @Override
  public List<SourceEdit> edits(Site site) {
    List<SourceEdit> out = new ArrayList<>();
    for (ArrayAccessExpr a : site.expressions(ArrayAccessExpr.class)) {
      guard(
          site, a, site.text(a.getIndex()), site.text(a.getName()) + ".length", a.getIndex(), out);
    }
    for (MethodCallExpr m : site.expressions(MethodCallExpr.class)) {
      if (m.getScope().isEmpty()
          || m.getArguments().isEmpty()
          || !INDEXED.contains(m.getNameAsString())) {
        continue;
      }
      String target = site.text(m.getScope().get());
      String size =
          "String".equals(site.scope(m).get(target))
                  || m.getNameAsString().equals("charAt")
                  || m.getNameAsString().equals("substring")
              ? target + ".length()"
              : target + ".size()";
      Expression index = m.getArgument(0);
      if (index.isIntegerLiteralExpr() && index.toString().equals("0")) {
        Nodes.statementOf(m)
            .ifPresent(
                s ->
                    Guards.before(
                        site,
                        s,
                        target + ".isEmpty()",
                        "empty " + target,
                        target + " must not be empty",
                        out));
      } else {
        guard(site, m, site.text(index), size, index, out);
      }
    }
    return out;
  }

  private static void guard(
      Site site,
      Expression at,
      String index,
      String size,
      Expression indexExpr,
      List<SourceEdit> out) {
    if (indexExpr.isIntegerLiteralExpr()) {
      Nodes.statementOf(at)
          .ifPresent(
              s ->
                  Guards.before(
                      site,
                      s,
                      size + " <= " + index,
                      "bounds " + index,
                      "index out of bounds",
                      out));
      return;
    }
    String i = indexExpr.isNameExpr() ? index : "(" + index + ")";
    Nodes.statementOf(at)
        .ifPresent(
            s -> {
              Guards.before(
                  site,
                  s,
                  i + " < 0 || " + i + " >= " + size,
                  "bounds " + index,
                  "index out of bounds",
                  out);
              Guards.before(
                  site, s, i + " >= " + size, "upper bound " + index, "index out of bounds", out);
            });
  }
}
