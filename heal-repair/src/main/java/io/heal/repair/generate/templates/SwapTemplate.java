package io.heal.repair.generate.templates;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BinaryExpr.Operator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.heal.repair.generate.Scopes;
import io.heal.repair.generate.Site;
import io.heal.repair.spi.RepairTemplate;
import io.heal.repair.spi.SourceEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Swaps two arguments of a call, or the operands of a non-commutative operator. */
public final class SwapTemplate implements RepairTemplate {

  private static final Set<Operator> NON_COMMUTATIVE =
      Set.of(
          Operator.MINUS,
          Operator.DIVIDE,
          Operator.REMAINDER,
          Operator.LESS,
          Operator.LESS_EQUALS,
          Operator.GREATER,
          Operator.GREATER_EQUALS);

  @Override
  public String name() {
    return "swap";
  }

  @Override
  public List<SourceEdit> edits(Site site) {
    List<SourceEdit> out = new ArrayList<>();
    for (Expression e : site.expressions()) {
      NodeList<Expression> args = null;
      if (e instanceof MethodCallExpr) {
        args = ((MethodCallExpr) e).getArguments();
      } else if (e instanceof ObjectCreationExpr) {
        args = ((ObjectCreationExpr) e).getArguments();
      }
      if (args != null && args.size() >= 2) {
        for (int i = 0; i < args.size() && i < 4; i++) {
          for (int j = i + 1; j < args.size() && j < 4; j++) {
            String ti = Scopes.typeOf(args.get(i));
            String tj = Scopes.typeOf(args.get(j));
            if (ti != null
                && tj != null
                && !Objects.equals(ti, tj)
                && !(Scopes.isNumeric(ti) && Scopes.isNumeric(tj))) {
              continue;
            }
            String a = site.text(args.get(i));
            String b = site.text(args.get(j));
            int begin = site.offset(args.get(i).getBegin().get());
            int end = site.offset(args.get(j).getEnd().get()) + 1;
            String middle =
                site.text(e)
                    .substring(
                        begin - site.offset(e.getBegin().get()) + a.length(),
                        end - site.offset(e.getBegin().get()) - b.length());
            out.add(
                new SourceEdit(
                    begin, end, b + middle + a, "swap arguments " + a + " and " + b, Set.of()));
          }
        }
      }
      if (e instanceof MethodCallExpr
          && ((MethodCallExpr) e).getScope().isPresent()
          && ((MethodCallExpr) e).getArguments().size() == 1) {
        MethodCallExpr m = (MethodCallExpr) e;
        Expression scope = m.getScope().get();
        Expression arg = m.getArgument(0);
        String ts = Scopes.typeOf(scope);
        String ta = Scopes.typeOf(arg);
        boolean compatible = ts == null || ta == null || ts.equals(ta);
        if (compatible
            && !scope.isThisExpr()
            && !scope.isSuperExpr()
            && !arg.isLiteralExpr()
            && !(scope.isNameExpr() && Character.isUpperCase(scope.toString().charAt(0)))) {
          out.add(
              site.replace(
                  m,
                  site.operand(arg) + "." + m.getNameAsString() + "(" + site.text(scope) + ")",
                  "swap receiver " + site.text(scope) + " and argument " + site.text(arg)));
        }
      }
      if (e instanceof BinaryExpr && NON_COMMUTATIVE.contains(((BinaryExpr) e).getOperator())) {
        BinaryExpr b = (BinaryExpr) e;
        out.add(
            site.replace(
                b,
                site.text(b.getRight())
                    + " "
                    + b.getOperator().asString()
                    + " "
                    + site.text(b.getLeft()),
                "swap operands of " + b.getOperator().asString()));
      }
    }
    return out;
  }
}
