package io.heal.repair.generate.templates;

import com.github.javaparser.ast.expr.CastExpr;
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
      String t = c.getType().asString().replaceAll("<.*>", "");
      Site.statementOf(c)
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
