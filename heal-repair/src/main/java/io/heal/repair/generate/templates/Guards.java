package io.heal.repair.generate.templates;

import com.github.javaparser.ast.stmt.Statement;
import io.heal.repair.generate.Nodes;
import io.heal.repair.generate.Site;
import io.heal.repair.spi.RiskFlag;
import io.heal.repair.spi.SourceEdit;
import java.util.List;

/** Builds the guard variants shared by the guard templates. */
final class Guards {

  private Guards() {}

  /**
   * Adds guards before a statement: throw each guard exception, return each default, and continue
   * or break inside a loop.
   */
  static void before(
      Site site,
      Statement stmt,
      String condition,
      String what,
      String message,
      List<SourceEdit> out) {
    for (String exception : site.guardExceptions()) {
      String simple = exception.substring(exception.lastIndexOf('.') + 1);
      for (String text : site.guardMessages(message)) {
        site.insertBefore(
                stmt,
                Nodes.guard(condition, "throw new " + exception + "(" + text + ");"),
                "guard " + what + ": throw " + simple + "(" + text + ")")
            .ifPresent(out::add);
      }
    }
    for (String ret : site.defaultReturns(stmt)) {
      site.insertBefore(
              stmt,
              Nodes.guard(condition, ret),
              "guard " + what + ": " + ret,
              RiskFlag.DEFAULT_RETURN)
          .ifPresent(out::add);
    }
    if (Nodes.inLoop(stmt)) {
      for (String jump : List.of("continue;", "break;")) {
        site.insertBefore(
                stmt,
                Nodes.guard(condition, jump),
                "guard " + what + ": " + jump,
                RiskFlag.DEFAULT_RETURN)
            .ifPresent(out::add);
      }
    }
  }
}
