package io.heal.repair.generate.templates;

import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import io.heal.repair.generate.Nodes;
import io.heal.repair.generate.Site;
import io.heal.repair.spi.RepairTemplate;
import io.heal.repair.spi.RiskFlag;
import io.heal.repair.spi.SourceEdit;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes the suspicious statement. Always flagged: deleting a check (an if) is never accepted as a
 * fix by the gates, deleting another statement is high risk.
 */
public final class DeleteStatementTemplate implements RepairTemplate {

  @Override
  public String name() {
    return "delete-statement";
  }

  @Override
  public List<SourceEdit> edits(Site site) {
    List<SourceEdit> out = new ArrayList<>();
    for (Statement s : site.statements()) {
      if (!Nodes.inBlock(s)) {
        continue;
      }
      if (s instanceof ExpressionStmt) {
        out.add(site.replace(s, "", "delete '" + site.text(s) + "'", RiskFlag.DELETES_STATEMENT));
      } else if (s instanceof IfStmt || s.isThrowStmt() || s.isAssertStmt()) {
        out.add(
            site.replace(s, "", "delete the check at line " + site.line(), RiskFlag.DELETES_CHECK));
      } else if (s.isReturnStmt()) {
        continue;
      }
    }
    return out;
  }
}
