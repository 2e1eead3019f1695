package io.heal.repair.generate.templates;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BinaryExpr.Operator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import io.heal.repair.generate.Scopes;
import io.heal.repair.generate.Site;
import io.heal.repair.spi.RepairTemplate;
import io.heal.repair.spi.SourceEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Off-by-one on bounds, indices and literals: {@code e} to {@code e + 1} or {@code e - 1}. */
public final class OffByOneTemplate implements RepairTemplate {

  private static final Set<String> INDEXED =
      Set.of(
          "get", "charAt", "substring", "subList", "set", "remove", "add", "copyOfRange", "copyOf");

  @Override
  public String name() {
    return "off-by-one";
  }

  @Override
  public List<SourceEdit> edits(Site site) {
    List<SourceEdit> out = new ArrayList<>();
    Set<Expression> targets =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<Expression> ordered = new ArrayList<>();
    for (Expression e : site.expressions()) {
      if (e.findAncestor(AnnotationExpr.class).isPresent()) {
        continue;
      }
      if (e instanceof IntegerLiteralExpr) {
        int v = ((IntegerLiteralExpr) e).asNumber().intValue();
        out.add(site.replace(e, String.valueOf(v + 1), v + " -> " + (v + 1)));
        out.add(site.replace(e, String.valueOf(v - 1), v + " -> " + (v - 1)));
        continue;
      }
      if (e instanceof BinaryExpr) {
        BinaryExpr b = (BinaryExpr) e;
        if (isRelational(b.getOperator())) {
          addIfIntegral(b.getLeft(), targets, ordered);
          addIfIntegral(b.getRight(), targets, ordered);
        }
        if (b.getOperator() == Operator.MULTIPLY
            || b.getOperator() == Operator.DIVIDE
            || b.getOperator() == Operator.REMAINDER) {
          for (Expression operand : List.of(b.getLeft(), b.getRight())) {
            if (isPlainValue(operand) && Scopes.isIntegral(Scopes.typeOf(operand))) {
              add(targets, ordered, operand);
            }
          }
        }
        if ((b.getOperator() == Operator.PLUS || b.getOperator() == Operator.MINUS)
            && b.getRight() instanceof IntegerLiteralExpr
            && b.getRight().toString().equals("1")) {
          out.add(
              site.replace(b, site.text(b.getLeft()), "drop " + b.getOperator().asString() + " 1"));
        }
      } else if (e instanceof ArrayAccessExpr) {
        add(targets, ordered, ((ArrayAccessExpr) e).getIndex());
      } else if (e instanceof MethodCallExpr
          && INDEXED.contains(((MethodCallExpr) e).getNameAsString())) {
        for (Expression a : ((MethodCallExpr) e).getArguments()) {
          addIfIntegral(a, targets, ordered);
        }
      }
    }
    for (com.github.javaparser.ast.body.VariableDeclarator v :
        site.unit().findAll(com.github.javaparser.ast.body.VariableDeclarator.class)) {
      if (v.getInitializer().isPresent()
          && v.getBegin().get().line == site.line()
          && Scopes.isIntegral(v.getTypeAsString())) {
        add(targets, ordered, v.getInitializer().get());
      }
    }
    for (com.github.javaparser.ast.expr.AssignExpr a :
        site.expressions(com.github.javaparser.ast.expr.AssignExpr.class)) {
      if (a.getOperator() == com.github.javaparser.ast.expr.AssignExpr.Operator.ASSIGN) {
        addIfIntegral(a.getValue(), targets, ordered);
      }
    }
    for (Node n : site.statements()) {
      if (n instanceof ReturnStmt && ((ReturnStmt) n).getExpression().isPresent()) {
        addIfIntegral(((ReturnStmt) n).getExpression().get(), targets, ordered);
      }
    }
    for (Expression t : ordered) {
      if (t instanceof IntegerLiteralExpr) {
        continue;
      }
      String x = site.text(t);
      // Java's + and - associate to the left, so "a - b + 1" means "(a - b) + 1": an additive or
      // multiplicative expression needs no parentheses of its own to get a trailing +/- 1.
      String base = leftAssociative(t) ? site.text(t) : site.operand(t);
      boolean tight =
          t.getParentNode()
                  .map(
                      p ->
                          p instanceof BinaryExpr
                              && List.of(Operator.MULTIPLY, Operator.DIVIDE, Operator.REMAINDER)
                                  .contains(((BinaryExpr) p).getOperator()))
                  .orElse(false)
              || t.getParentNode()
                  .map(p -> p instanceof com.github.javaparser.ast.expr.UnaryExpr)
                  .orElse(false);
      String open = tight ? "(" : "";
      String close = tight ? ")" : "";
      out.add(site.replace(t, open + base + " + 1" + close, x + " -> " + x + " + 1"));
      out.add(site.replace(t, open + base + " - 1" + close, x + " -> " + x + " - 1"));
    }
    return out;
  }

  /** A variable, a field ({@code xs.length}, {@code this.n}) or a no-argument call. */
  private static boolean isPlainValue(Expression e) {
    return e.isNameExpr()
        || e.isFieldAccessExpr()
        || (e.isMethodCallExpr() && e.asMethodCallExpr().getArguments().isEmpty());
  }

  private static boolean leftAssociative(Expression e) {
    return e instanceof BinaryExpr
        && List.of(
                Operator.PLUS,
                Operator.MINUS,
                Operator.MULTIPLY,
                Operator.DIVIDE,
                Operator.REMAINDER)
            .contains(((BinaryExpr) e).getOperator());
  }

  private static void add(Set<Expression> seen, List<Expression> ordered, Expression e) {
    if (seen.add(e)) {
      ordered.add(e);
    }
  }

  private static void addIfIntegral(
      Expression e, Set<Expression> targets, List<Expression> ordered) {
    String type = Scopes.typeOf(e);
    if (type == null || Scopes.isIntegral(type)) {
      if (!e.isNullLiteralExpr() && !e.isStringLiteralExpr() && !e.isBooleanLiteralExpr()) {
        add(targets, ordered, e);
      }
    }
  }

  private static boolean isRelational(Operator op) {
    return op == Operator.LESS
        || op == Operator.LESS_EQUALS
        || op == Operator.GREATER
        || op == Operator.GREATER_EQUALS
        || op == Operator.EQUALS
        || op == Operator.NOT_EQUALS;
  }
}
