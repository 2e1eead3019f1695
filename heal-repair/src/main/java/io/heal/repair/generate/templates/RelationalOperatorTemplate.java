package io.heal.repair.generate.templates;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BinaryExpr.Operator;
import io.heal.repair.generate.Scopes;
import io.heal.repair.generate.Site;
import io.heal.repair.spi.RepairTemplate;
import io.heal.repair.spi.SourceEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Replaces a relational operator (in conditions, loops and returns) with each other one. */
public final class RelationalOperatorTemplate implements RepairTemplate {

  private static final List<Operator> ORDERING =
      List.of(
          Operator.LESS,
          Operator.LESS_EQUALS,
          Operator.GREATER,
          Operator.GREATER_EQUALS,
          Operator.EQUALS,
          Operator.NOT_EQUALS);

  /**
   * Replacements for each operator, nearest first: the boundary (strict to non-strict) or the
   * negated equality, which are the usual slips, before the reversed direction.
   */
  private static final Map<Operator, List<Operator>> NEAREST =
      Map.of(
          Operator.LESS,
          List.of(
              Operator.LESS_EQUALS,
              Operator.GREATER,
              Operator.GREATER_EQUALS,
              Operator.NOT_EQUALS,
              Operator.EQUALS),
          Operator.LESS_EQUALS,
          List.of(
              Operator.LESS,
              Operator.GREATER_EQUALS,
              Operator.GREATER,
              Operator.EQUALS,
              Operator.NOT_EQUALS),
          Operator.GREATER,
          List.of(
              Operator.GREATER_EQUALS,
              Operator.LESS,
              Operator.LESS_EQUALS,
              Operator.NOT_EQUALS,
              Operator.EQUALS),
          Operator.GREATER_EQUALS,
          List.of(
              Operator.GREATER,
              Operator.LESS_EQUALS,
              Operator.LESS,
              Operator.EQUALS,
              Operator.NOT_EQUALS),
          Operator.EQUALS,
          List.of(
              Operator.NOT_EQUALS,
              Operator.LESS_EQUALS,
              Operator.GREATER_EQUALS,
              Operator.LESS,
              Operator.GREATER),
          Operator.NOT_EQUALS,
          List.of(
              Operator.EQUALS,
              Operator.LESS,
              Operator.GREATER,
              Operator.LESS_EQUALS,
              Operator.GREATER_EQUALS));

  @Override
  public String name() {
    return "relational-operator";
  }

  @Override
  public List<SourceEdit> edits(Site site) {
    List<SourceEdit> out = new ArrayList<>();
    for (BinaryExpr b : site.expressions(BinaryExpr.class)) {
      if (!ORDERING.contains(b.getOperator())) {
        continue;
      }
      boolean numeric =
          Scopes.isNumeric(Scopes.typeOf(b.getLeft()))
              || Scopes.isNumeric(Scopes.typeOf(b.getRight()));
      boolean equality =
          b.getOperator() == Operator.EQUALS || b.getOperator() == Operator.NOT_EQUALS;
      for (Operator op : NEAREST.get(b.getOperator())) {
        boolean opEquality = op == Operator.EQUALS || op == Operator.NOT_EQUALS;
        if (equality && !opEquality && !numeric) {
          continue;
        }
        out.add(
            site.replace(
                b,
                site.text(b.getLeft()) + " " + op.asString() + " " + site.text(b.getRight()),
                b.getOperator().asString() + " -> " + op.asString()));
      }
    }
    return out;
  }
}
