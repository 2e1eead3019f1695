package io.heal.repair.report;

/**
 * The regression test written for a patch.
 *
 * @param path its path relative to the project
 * @param source its text
 * @param failsBefore whether it was seen failing without the patch
 * @param passesAfter whether it was seen passing with the patch
 */
public record RegressionTest(
    String path, String source, boolean failsBefore, boolean passesAfter) {}
