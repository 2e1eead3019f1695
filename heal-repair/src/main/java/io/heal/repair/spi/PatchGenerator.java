package io.heal.repair.spi;

import java.util.List;

/**
 * Makes candidate patches for a failure. Implementations: the built-in templates, and an optional
 * language-model generator. Candidates are validated and gated by the engine, never trusted.
 */
public interface PatchGenerator {

  /** Returns a short name for reports. */
  String name();

  /**
   * Proposes candidates, most promising first.
   *
   * @param context the failure and its suspicious locations
   * @return candidates; an empty list when it has none
   */
  List<Candidate> generate(RepairContext context);
}
