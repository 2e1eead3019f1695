package io.heal.repair.generate;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import io.heal.repair.spi.RepairContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a guard may do: the values it may return, the exceptions and messages it may throw. */
final class GuardHints {

  private GuardHints() {}

  /**
   * Returns the statements that return a made-up default from the method around a node ({@code
   * return;}, {@code return 0;}, {@code return null;}...).
   *
   * @param n the node
   * @return default returns, most neutral first
   */
  static List<String> defaultReturns(RepairContext context, Node n) {
    Optional<CallableDeclaration<?>> c = Nodes.callableOf(n);
    if (c.isEmpty() || !(c.get() instanceof MethodDeclaration)) {
      return List.of("return;");
    }
    String type = ((MethodDeclaration) c.get()).getType().asString();
    List<String> values = new ArrayList<>();
    for (String v : Scopes.defaults(type)) {
      values.add(v.isEmpty() ? "return;" : "return " + v + ";");
    }
    for (com.github.javaparser.ast.body.Parameter p : c.get().getParameters()) {
      if (p.getTypeAsString().equals(type)) {
        values.add("return " + p.getNameAsString() + ";");
      }
    }
    // Last, the value a failing assertion expected (or a number the failing test names), when it is
    // a
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
    return values;
  }

  /**
   * Returns the exceptions a guard may throw: the one a test expected, then
   * IllegalArgumentException.
   *
   * @return exception type names
   */
  static List<String> guardExceptions(RepairContext context) {
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
   * Messages for a thrown guard: message-like string literals of the failing tests first (a test
   * that checks the message states it), then a default.
   *
   * @param fallback the default message
   * @return messages as Java string literals (test literals are kept in their escaped form)
   */
  static List<String> guardMessages(RepairContext context, String fallback) {
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
}
