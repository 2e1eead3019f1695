package io.heal.repair.generate;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import java.util.Optional;

/** Syntax-tree helpers the templates share: enclosing statements, methods and loops. */
public final class Nodes {

  private Nodes() {}

  /** Returns whether a statement sits directly in a block or a switch case. */
  public static boolean inBlock(Statement s) {
    return s.getParentNode()
        .map(p -> p instanceof BlockStmt || p instanceof SwitchEntry)
        .orElse(false);
  }

  /** Whether a statement is the single-statement body of an arrow case ({@code case X -> s;}). */
  public static boolean isArrowCaseBody(Statement s) {
    return s.getParentNode()
        .map(
            p ->
                p instanceof SwitchEntry
                    && (((SwitchEntry) p).getType() == SwitchEntry.Type.EXPRESSION
                        || ((SwitchEntry) p).getType() == SwitchEntry.Type.THROWS_STATEMENT))
        .orElse(false);
  }

  /**
   * Returns the statement that directly contains a node and sits in a block.
   *
   * @param n the node
   * @return the statement, if any
   */
  public static Optional<Statement> statementOf(Node n) {
    Node cur = n;
    while (cur != null) {
      if (cur instanceof Statement && !(cur instanceof BlockStmt) && inBlock((Statement) cur)) {
        return Optional.of((Statement) cur);
      }
      if (cur instanceof CallableDeclaration) {
        return Optional.empty();
      }
      cur = cur.getParentNode().orElse(null);
    }
    return Optional.empty();
  }

  /**
   * Returns the method or constructor around a node.
   *
   * @param n the node
   * @return it, if any
   */
  public static Optional<CallableDeclaration<?>> callableOf(Node n) {
    return n.findAncestor(CallableDeclaration.class).map(c -> (CallableDeclaration<?>) c);
  }

  /**
   * A guard statement: {@code if (cond) {\n action\n}}.
   *
   * @param condition the condition
   * @param action the statement to run when it holds
   * @return the text
   */
  public static String guard(String condition, String action) {
    return "if (" + condition + ") {\n  " + action + "\n}";
  }

  /**
   * Returns whether a node is inside a loop body within its method.
   *
   * @param n the node
   * @return whether a loop encloses it
   */
  public static boolean inLoop(Node n) {
    Node cur = n.getParentNode().orElse(null);
    while (cur != null
        && !(cur instanceof CallableDeclaration)
        && !(cur instanceof com.github.javaparser.ast.expr.LambdaExpr)) {
      if (cur instanceof com.github.javaparser.ast.stmt.ForStmt
          || cur instanceof com.github.javaparser.ast.stmt.ForEachStmt
          || cur instanceof com.github.javaparser.ast.stmt.WhileStmt
          || cur instanceof com.github.javaparser.ast.stmt.DoStmt) {
        return true;
      }
      cur = cur.getParentNode().orElse(null);
    }
    return false;
  }
}
