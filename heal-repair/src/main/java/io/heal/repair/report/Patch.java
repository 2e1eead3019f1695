package io.heal.repair.report;

import java.util.List;

/**
 * A validated patch.
 *
 * @param file the edited file, relative to the project
 * @param line the edited line
 * @param generator the generator that made it
 * @param template the template that made it
 * @param description the edit
 * @param diff the unified diff
 * @param risk 0 (low) to 3 (high)
 * @param riskReasons why
 */
public record Patch(
    String file,
    int line,
    String generator,
    String template,
    String description,
    String diff,
    int risk,
    List<String> riskReasons) {

  /** Copies the reasons. */
  public Patch {
    riskReasons = List.copyOf(riskReasons);
  }
}
