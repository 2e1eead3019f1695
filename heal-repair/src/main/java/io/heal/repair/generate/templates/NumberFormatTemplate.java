package io.heal.repair.generate.templates;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.heal.repair.generate.Nodes;
import io.heal.repair.generate.Site;
import io.heal.repair.spi.RepairTemplate;
import io.heal.repair.spi.SourceEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Normalises text before parsing a number: trims it, or guards a blank value. */
public final class NumberFormatTemplate implements RepairTemplate {

  private static final Set<String> PARSERS =
      Set.of(
          "parseInt",
          "parseLong",
          "parseDouble",
          "parseFloat",
          "valueOf",
          "parseShort",
          "parseByte");

  @Override
  public String name() {
    return "number-format";
  }

  @Override
  public List<SourceEdit> edits(Site site) {
    List<SourceEdit> out = new ArrayList<>();
    for (MethodCallExpr m : site.expressions(MethodCallExpr.class)) {
      if (!PARSERS.contains(m.getNameAsString())
          || m.getArguments().isEmpty()
          || m.getScope().isEmpty()) {
        continue;
      }
      Expression arg = m.getArgument(0);
      String x = site.text(arg);
      String base = site.operand(arg);
      out.add(site.replace(arg, base + ".trim()", "trim " + x + " before parsing"));
      out.add(site.replace(arg, base + ".strip()", "strip " + x + " before parsing"));
      out.add(
          site.replace(
              arg, base + ".trim().replace(\"+\", \"\")", "drop a leading + before parsing"));
      Nodes.statementOf(m)
          .ifPresent(
              s ->
                  Guards.before(
                      site,
                      s,
                      x + " == null || " + base + ".trim().isEmpty()",
                      "blank " + x,
                      x + " must not be blank",
                      out));
    }
    return out;
  }
}
