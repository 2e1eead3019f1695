package io.heal.repair.bench;

/**
 * The benchmark's verdict on one seeded bug.
 *
 * @param id the bug's id
 * @param category its category
 * @param templateFixable whether the corpus says a template can fix it
 * @param status the repair status
 * @param plausible whether a patch made every test pass
 * @param correct whether the patch equals the reference fix (syntax trees compared)
 * @param template the template of the patch, empty when none
 * @param risk the patch's risk, -1 when none
 * @param candidates how many candidates were validated
 * @param seconds wall time of the repair
 * @param note what went wrong, if anything
 * @param diff the patch, empty when none
 */
public record BugResult(
    String id,
    String category,
    boolean templateFixable,
    String status,
    boolean plausible,
    boolean correct,
    String template,
    int risk,
    int candidates,
    double seconds,
    String note,
    String diff) {}
