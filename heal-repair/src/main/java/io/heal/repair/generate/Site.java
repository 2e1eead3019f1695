package io.heal.repair.generate;

import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.Statement;
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

  /** Returns the default-value returns a guard may use here; see {@link GuardHints}. */
  public List<String> defaultReturns(Node n) {
    return GuardHints.defaultReturns(context, n);
  }

  /** Returns the exceptions a guard may throw: the one a test expected first. */
  public List<String> guardExceptions() {
    return GuardHints.guardExceptions(context);
  }

  /** Returns messages for a thrown guard, as Java string literals. */
  public List<String> guardMessages(String fallback) {
    return GuardHints.guardMessages(context, fallback);
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
    return insert(s, text, true, description, flags);
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
    return insert(s, text, false, description, flags);
  }

  private Optional<SourceEdit> insert(
      Statement s, String text, boolean before, String description, RiskFlag... flags) {
    if (!Nodes.inBlock(s)) {
      return Optional.empty();
    }
    if (Nodes.isArrowCaseBody(s)) {
      return Optional.of(intoArrowBlock(s, text, before, description, flags));
    }
    String indent = " ".repeat(s.getBegin().get().column - 1);
    String body = reindent(text, indent);
    int at = before ? offset(s.getBegin().get()) : offset(s.getEnd().get()) + 1;
    String inserted = before ? body + "\n" + indent : "\n" + indent + body;
    return Optional.of(new SourceEdit(at, at, inserted, description, set(flags)));
  }

  /**
   * Indents every line of {@code text} after the first by {@code indent}; a line the template
   * indented by two spaces goes one of the file's indentation units deeper.
   */
  private String reindent(String text, String indent) {
    return text.replace("\n  ", "\u0000")
        .replace("\n", "\n" + indent)
        .replace("\u0000", "\n" + indent + indentUnit);
  }

  /**
   * An arrow case body has no room for a second statement: the edit turns {@code case X -> s;} into
   * {@code case X -> { inserted; s; }}.
   */
  private SourceEdit intoArrowBlock(
      Statement s, String text, boolean before, String description, RiskFlag... flags) {
    String outer = " ".repeat(s.getParentNode().get().getBegin().get().column - 1);
    String inner = outer + indentUnit;
    String body = reindent(text, inner);
    // The parser may leave the ';' of "case X -> e;" out of the statement's range.
    String statement = text(s);
    int end = offset(s.getEnd().get()) + 1;
    if (!statement.endsWith(";")) {
      int semi = end;
      while (semi < source.length() && Character.isWhitespace(source.charAt(semi))) {
        semi++;
      }
      if (semi < source.length() && source.charAt(semi) == ';') {
        end = semi + 1;
      }
      statement += ";";
    }
    String first = before ? body : statement;
    String second = before ? statement : body;
    return new SourceEdit(
        offset(s.getBegin().get()),
        end,
        "{\n" + inner + first + "\n" + inner + second + "\n" + outer + "}",
        description,
        set(flags));
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
