package io.heal.repair.generate.templates;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.Statement;
import io.heal.repair.generate.Site;
import io.heal.repair.spi.RepairTemplate;
import io.heal.repair.spi.SourceEdit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Iterates over a copy of a collection that the loop body modifies (a fix for a
 * ConcurrentModificationException).
 */
public final class IterateOverCopyTemplate implements RepairTemplate {

  @Override
  public String name() {
    return "iterate-over-copy";
  }

  @Override
  public List<SourceEdit> edits(Site site) {
    Set<ForEachStmt> loops = new LinkedHashSet<>();
    for (Statement s : site.statements()) {
      if (s instanceof ForEachStmt) {
        loops.add((ForEachStmt) s);
      }
      Node cur = s;
      while (cur != null) {
        if (cur instanceof ForEachStmt) {
          loops.add((ForEachStmt) cur);
        }
        cur = cur.getParentNode().orElse(null);
      }
    }
    List<SourceEdit> out = new ArrayList<>();
    for (ForEachStmt loop : loops) {
      String it = site.text(loop.getIterable());
      String copy =
          it.contains("keySet()") || it.contains("entrySet()") || it.contains("values()")
              ? "new java.util.ArrayList<>(" + it + ")"
              : "new java.util.ArrayList<>(" + it + ")";
      out.add(site.replace(loop.getIterable(), copy, "iterate over a copy of " + it));
    }
    return out;
  }
}
