package io.heal.repair.spi;

import io.heal.repair.generate.Site;
import java.util.List;

/** One repair template: proposes edits at a suspicious line of a parsed source file. */
public interface RepairTemplate {

  /** Returns the template's name, as reports show it. */
  String name();

  /**
   * Proposes edits at a site.
   *
   * @param site the parsed file, the line and the failure
   * @return edits; none when the template does not apply
   */
  List<SourceEdit> edits(Site site);
}
