package io.heal.repair.generate.templates;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import io.heal.repair.generate.Nodes;
import io.heal.repair.generate.Site;
import io.heal.repair.spi.RepairTemplate;
import io.heal.repair.spi.SourceEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Inserts a missing call or assignment like the ones nearby: a copy of an expression statement of
 * the same class (nearest first) before or after the suspicious statement, or at the end of its
 * loop body.
 */
public final class InsertStatementTemplate implements RepairTemplate {

  /** How many different statements are tried as the missing one. */
  public static final int DEFAULT_MAX_DONORS = 12;

  @Override
  public String name() {
    return "insert-statement";
  }

  @Override
  public List<SourceEdit> edits(Site site) {
    List<SourceEdit> out = new ArrayList<>();
    if (site.statements().isEmpty()) {
      return out;
    }
    Statement target = site.statements().get(site.statements().size() - 1);
    TypeDeclaration<?> type = target.findAncestor(TypeDeclaration.class).orElse(null);
    if (type == null) {
      return out;
    }
    List<ExpressionStmt> donors = new ArrayList<>(type.findAll(ExpressionStmt.class));
    donors.sort(Comparator.comparingInt(d -> Math.abs(d.getBegin().get().line - site.line())));
    Set<String> seen = new LinkedHashSet<>();
    for (ExpressionStmt d : donors) {
      Expression e = d.getExpression();
      boolean kind =
          e instanceof MethodCallExpr
              || e instanceof AssignExpr
              || (e instanceof UnaryExpr && ((UnaryExpr) e).getOperator().isPostfix())
              || (e instanceof UnaryExpr && ((UnaryExpr) e).getOperator().isPrefix());
      if (!kind || d == target || seen.size() >= DEFAULT_MAX_DONORS) {
        continue;
      }
      String text = site.text(d);
      if (text.contains("\n") || !seen.add(text)) {
        continue;
      }
      List<String> variants = new ArrayList<>(List.of(text));
      if (e instanceof AssignExpr && text.contains(" += ")) {
        variants.add(text.replace(" += ", " -= "));
      } else if (e instanceof AssignExpr && text.contains(" -= ")) {
        variants.add(text.replace(" -= ", " += "));
      }
      if (e instanceof AssignExpr && ((AssignExpr) e).getOperator() == AssignExpr.Operator.ASSIGN) {
        // Resetting a field like a nearby statement sets it.
        String targetType = io.heal.repair.generate.Scopes.typeOf(((AssignExpr) e).getTarget());
        if (targetType != null) {
          String reset = io.heal.repair.generate.Scopes.defaults(targetType).get(0);
          String resetText = site.text(((AssignExpr) e).getTarget()) + " = " + reset + ";";
          if (!reset.isEmpty() && !resetText.equals(text) && seen.add(resetText)) {
            variants.add(resetText);
          }
        }
      }
      for (String variant : variants) {
        insertAround(site, target, variant, out);
      }
    }
    // A guard clause of a sibling method (an if without else that returns or throws) may be
    // the one missing here.
    List<IfStmt> guards = new ArrayList<>(type.findAll(IfStmt.class));
    guards.sort(Comparator.comparingInt(d -> Math.abs(d.getBegin().get().line - site.line())));
    Set<String> seenGuards = new LinkedHashSet<>();
    Statement first = outermost(target);
    for (IfStmt g : guards) {
      if (g.getElseStmt().isPresent()
          || g == first
          || seenGuards.size() >= DEFAULT_MAX_DONORS
          || g.getThenStmt().findAll(Statement.class).size() > 3
          || (g.getThenStmt().findAll(ReturnStmt.class).isEmpty()
              && g.getThenStmt().findAll(ThrowStmt.class).isEmpty())) {
        continue;
      }
      String text = dedent(site.text(g), g.getBegin().get().column - 1);
      if (!seenGuards.add(text)
          || Nodes.callableOf(g).equals(Nodes.callableOf(target))
              && g.getBegin().get().line < site.line()) {
        continue;
      }
      site.insertBefore(
              first,
              text,
              "insert the guard 'if ("
                  + g.getCondition()
                  + ")' from line "
                  + g.getBegin().get().line)
          .ifPresent(out::add);
    }
    return out;
  }

  private static void insertAround(Site site, Statement target, String text, List<SourceEdit> out) {
    site.insertBefore(target, text, "insert '" + text + "' before line " + site.line())
        .ifPresent(out::add);
    site.insertAfter(target, text, "insert '" + text + "' after line " + site.line())
        .ifPresent(out::add);
    Node loopBody = loopBody(target);
    if (loopBody instanceof BlockStmt && !((BlockStmt) loopBody).getStatements().isEmpty()) {
      Statement last = ((BlockStmt) loopBody).getStatements().getLast().get();
      if (last != target) {
        site.insertAfter(last, text, "insert '" + text + "' at the end of the loop body")
            .ifPresent(out::add);
      }
    }
  }

  private static Statement outermost(Statement s) {
    Statement cur = s;
    while (!Nodes.inBlock(cur)
        && cur.getParentNode().isPresent()
        && cur.getParentNode().get() instanceof Statement) {
      cur = (Statement) cur.getParentNode().get();
    }
    return cur;
  }

  private static String dedent(String text, int columns) {
    String prefix = " ".repeat(columns);
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      out.append(out.length() == 0 ? "" : "\n")
          .append(line.startsWith(prefix) ? line.substring(columns) : line.stripLeading());
    }
    return out.toString();
  }

  private static Node loopBody(Statement s) {
    if (s.isWhileStmt()) {
      return s.asWhileStmt().getBody();
    }
    if (s.isForStmt()) {
      return s.asForStmt().getBody();
    }
    if (s.isDoStmt()) {
      return s.asDoStmt().getBody();
    }
    return null;
  }
}
