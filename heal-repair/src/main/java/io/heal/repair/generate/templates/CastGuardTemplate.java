package io.heal.repair.generate.templates;

import com.github.javaparser.ast.expr.CastExpr;
import io.heal.repair.generate.Nodes;
import io.heal.repair.generate.Site;
import io.heal.repair.spi.RepairTemplate;
import io.heal.repair.spi.SourceEdit;
import java.util.ArrayList;
import java.util.List;

/** Guards a cast with an {@code instanceof} check. */
public final class CastGuardTemplate implements RepairTemplate {

  @Override
  public String name() {
    return "guard-cast";
  }

  @Override
  public List<SourceEdit> edits(Site site) {
    List<SourceEdit> out = new ArrayList<>();
    for (CastExpr c : site.expressions(CastExpr.class)) {
      if (c.getType().isPrimitiveType()) {
        continue;
      }
      String x = site.text(c.getExpression());
      String boxed = c.getType().asString();
      if (java.util.Set.of("Long", "Integer", "Double", "Float", "Short", "Byte").contains(boxed)) {
        String prim = boxed.equals("Integer") ? "int" : boxed.toLowerCase(java.util.Locale.ROOT);
        out.add(
            site.replace(
                c, "((Number) " + x + ")." + prim + "Value()", "convert " + x + " via Number"));
      }
      String t = c.getType().asString().replaceAll("<.*>", "");
      Nodes.statementOf(c)
          .ifPresent(
              s ->
                  Guards.before(
                      site,
                      s,
                      "!(" + x + " instanceof " + t + ")",
                      "cast of " + x,
                      x + " must be a " + t,
                      out));
    }
    return out;
  }
}
