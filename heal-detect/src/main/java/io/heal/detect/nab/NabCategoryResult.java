package io.heal.detect.nab;

/**
 * One category's share of a corpus score at the corpus threshold.
 *
 * @param category the category folder name
 * @param windows the number of labelled windows in the category
 * @param windowsDetected how many of them had a detected row
 * @param falsePositiveRows detected scored rows outside any window
 * @param raw the category's raw score (its windows plus its false positives)
 * @param score the category's normalised score (0 = nothing detected, 100 = perfect), or {@link
 *     Double#NaN} when it has no windows
 */
public record NabCategoryResult(
    String category,
    int windows,
    int windowsDetected,
    int falsePositiveRows,
    double raw,
    double score) {}
