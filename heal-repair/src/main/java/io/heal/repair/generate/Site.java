package io.heal.repair.generate;

import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import io.heal.repair.spi.RepairContext;
import io.heal.repair.spi.RiskFlag;
import io.heal.repair.spi.SourceEdit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A suspicious line in a parsed source file, with helpers templates use: the statements and
 * expressions on the line, offsets for splicing, variables in scope and default values.
 */
public final class Site {

  private final CompilationUnit unit;
  private final String source;
  private final int line;
  private final RepairContext context;
  private final int[] lineStarts;
  private final String indentUnit;
  private final List<Statement> statements = new ArrayList<>();
  private final List<Expression> expressions = new ArrayList<>();

  /**
   * A site.
   *
   * @param unit the parsed file
   * @param source its text
   * @param line the suspicious line
   * @param context the failure
   */
  public Site(CompilationUnit unit, String source, int line, RepairContext context) {
    this.unit = unit;
    this.source = source;
    this.line = line;
    this.context = context;
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < source.length(); i++) {
      if (source.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    int step = Integer.MAX_VALUE;
    for (String row : source.split("\n")) {
      int lead = 0;
      while (lead < row.length() && row.charAt(lead) == ' ') {
        lead++;
      }
      if (lead > 0 && lead < row.length() && row.charAt(lead) != '*') {
        step = Math.min(step, lead);
      }
    }
    indentUnit = " ".repeat(step == Integer.MAX_VALUE || step > 8 ? 2 : step);
    for (Statement s : unit.findAll(Statement.class)) {
      if (!(s instanceof BlockStmt) && s.getBegin().map(p -> p.line == line).orElse(false)) {
        statements.add(s);
      }
    }
    if (statements.isEmpty()) {
      Statement inner = null;
      for (Statement s : unit.findAll(Statement.class)) {
        if (!(s instanceof BlockStmt) && covers(s) && (inner == null || inside(s, inner))) {
          inner = s;
        }
      }
      if (inner != null) {
        statements.add(inner);
      }
    }
    for (Expression e : unit.findAll(Expression.class)) {
      if (e.getBegin().map(p -> p.line == line).orElse(false)) {
        expressions.add(e);
      }
    }
  }

  private boolean covers(Node n) {
    return n.getBegin().isPresent()
        && n.getBegin().get().line <= line
        && n.getEnd().get().line >= line;
  }

  private static boolean inside(Node inner, Node outer) {
    return inner.getBegin().get().isAfterOrEqual(outer.getBegin().get())
        && inner.getEnd().get().isBeforeOrEqual(outer.getEnd().get());
  }

  /** Returns the parsed file. */
  public CompilationUnit unit() {
    return unit;
  }

  /** Returns the line. */
  public int line() {
    return line;
  }

  /** Returns the failure context. */
  public RepairContext context() {
    return context;
  }

  /** Returns the statements that start on the line (outermost first). */
  public List<Statement> statements() {
    return statements;
  }

  /** Returns the expressions that start on the line, in source order. */
  public List<Expression> expressions() {
    return expressions;
  }

  /**
   * Returns expressions of one type on the line.
   *
   * @param type the node type
   * @param <T> the node type
   * @return the matching expressions
   */
  public <T extends Expression> List<T> expressions(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Expression e : expressions) {
      if (type.isInstance(e)) {
        out.add(type.cast(e));
      }
    }
    return out;
  }

  /** Returns the offset of a position. */
  public int offset(Position p) {
    return lineStarts[p.line - 1] + p.column - 1;
  }

  /** Returns the text of a node as it appears in the file. */
  public String text(Node n) {
    return source.substring(offset(n.getBegin().get()), offset(n.getEnd().get()) + 1);
  }

  /**
   * An edit replacing a node's text.
   *
   * @param n the node
   * @param text the new text
   * @param description what it does
   * @param flags risk flags
   * @return the edit
   */
  public SourceEdit replace(Node n, String text, String description, RiskFlag... flags) {
    return new SourceEdit(
        offset(n.getBegin().get()), offset(n.getEnd().get()) + 1, text, description, set(flags));
  }

  /**
   * An edit inserting a statement before another, on its own line with the same indentation; empty
   * when the statement is not directly in a block.
   *
   * @param s the statement
   * @param text the statement(s) to insert
   * @param description what it does
   * @param flags risk flags
   * @return the edit, if the position allows one
   */
  public Optional<SourceEdit> insertBefore(
      Statement s, String text, String description, RiskFlag... flags) {
    if (!inBlock(s)) {
      return Optional.empty();
    }
    int at = offset(s.getBegin().get());
    String indent = " ".repeat(s.getBegin().get().column - 1);
    String body =
        text.replace("\n  ", "\u0000")
            .replace("\n", "\n" + indent)
            .replace("\u0000", "\n" + indent + indentUnit);
    return Optional.of(new SourceEdit(at, at, body + "\n" + indent, description, set(flags)));
  }

  /**
   * An edit inserting a statement after another.
   *
   * @param s the statement
   * @param text the statement(s) to insert
   * @param description what it does
   * @param flags risk flags
   * @return the edit, if the position allows one
   */
  public Optional<SourceEdit> insertAfter(
      Statement s, String text, String description, RiskFlag... flags) {
    if (!inBlock(s)) {
      return Optional.empty();
    }
    int at = offset(s.getEnd().get()) + 1;
    String indent = " ".repeat(s.getBegin().get().column - 1);
    String body =
        text.replace("\n  ", "\u0000")
            .replace("\n", "\n" + indent)
            .replace("\u0000", "\n" + indent + indentUnit);
    return Optional.of(new SourceEdit(at, at, "\n" + indent + body, description, set(flags)));
  }

  /** Returns whether a statement sits directly in a block or a switch case. */
  public static boolean inBlock(Statement s) {
    return s.getParentNode()
        .map(p -> p instanceof BlockStmt || p instanceof SwitchEntry)
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
   * Returns the variables in scope at a node with their declared types.
   *
   * @param n the node
   * @return name to type ({@code ?} when undeclared)
   */
  public Map<String, String> scope(Node n) {
    return Scopes.variables(n);
  }

  /**
   * Returns the statements that return a made-up default from the method around a node ({@code
   * return;}, {@code return 0;}, {@code return null;}...).
   *
   * @param n the node
   * @return default returns, most neutral first
   */
  public List<String> defaultReturns(Node n) {
    Optional<CallableDeclaration<?>> c = callableOf(n);
    if (c.isEmpty() || !(c.get() instanceof MethodDeclaration)) {
      return List.of("return;");
    }
    String type = ((MethodDeclaration) c.get()).getType().asString();
    List<String> values = new ArrayList<>();
    for (String v : Scopes.defaults(type)) {
      values.add(v.isEmpty() ? "return;" : "return " + v + ";");
    }
    // The value a failing assertion expected (or a number the failing test names), when it is a
    // plain number or boolean.
    List<String> hints = new ArrayList<>();
    context.failures().forEach(f -> hints.add(f.expected().trim()));
    context.testLiterals().stream().filter(l -> l.matches("-?\\d+")).limit(4).forEach(hints::add);
    for (String v : hints) {
      boolean number = v.matches("-?\\d+(\\.\\d+)?") && Scopes.isNumeric(type);
      boolean bool = (v.equals("true") || v.equals("false")) && type.equals("boolean");
      if ((number || bool) && !values.contains("return " + v + ";")) {
        values.add("return " + v + ";");
      }
    }
    for (com.github.javaparser.ast.body.Parameter p : c.get().getParameters()) {
      if (p.getTypeAsString().equals(type)) {
        values.add("return " + p.getNameAsString() + ";");
      }
    }
    return values;
  }

  /**
   * Returns the exceptions a guard may throw: the one a test expected, then
   * IllegalArgumentException.
   *
   * @return exception type names
   */
  public List<String> guardExceptions() {
    List<String> out = new ArrayList<>();
    String expected = context.expectedException();
    if (!expected.isEmpty()) {
      out.add(expected.replace('$', '.'));
    }
    if (!out.contains("java.lang.IllegalArgumentException")) {
      out.add("IllegalArgumentException");
    }
    return out;
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

  /**
   * Messages for a thrown guard: message-like string literals of the failing tests first (a test
   * that checks the message states it), then a default.
   *
   * @param fallback the default message
   * @return messages as Java string literals (test literals are kept in their escaped form)
   */
  public List<String> guardMessages(String fallback) {
    List<String> out = new ArrayList<>();
    for (String literal : context.testLiterals()) {
      if (literal.contains(" ") && out.size() < 2) {
        out.add("\"" + literal + "\"");
      }
    }
    out.add(quote(fallback));
    return out;
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /**
   * The text of an expression ready to be an operand or a call target: in parentheses only when its
   * precedence needs them.
   *
   * @param e the expression
   * @return its text, parenthesised if needed
   */
  public String operand(Expression e) {
    boolean needs =
        e.isBinaryExpr()
            || e.isConditionalExpr()
            || e.isCastExpr()
            || e.isUnaryExpr()
            || e.isAssignExpr()
            || e.isLambdaExpr()
            || e.isInstanceOfExpr();
    return needs ? "(" + text(e) + ")" : text(e);
  }

  /**
   * A statement wrapped in {@code if (condition) { ... }}, indented like the file.
   *
   * @param s the statement
   * @param condition the condition
   * @return the text replacing the statement
   */
  public String wrapIf(Statement s, String condition) {
    String indent = " ".repeat(s.getBegin().get().column - 1);
    return "if (" + condition + ") {\n" + indent + indentUnit + text(s) + "\n" + indent + "}";
  }

  private static Set<RiskFlag> set(RiskFlag... flags) {
    return flags.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(flags));
  }
}
