package io.heal.detect.nab;

import java.util.List;

/**
 * A detector's NAB score on a corpus under one profile.
 *
 * @param profile the cost profile
 * @param threshold the chosen corpus threshold ({@link Double#POSITIVE_INFINITY} when detecting
 *     nothing scores best)
 * @param score the normalised NAB score: 0 detects nothing, 100 is perfect
 * @param raw the raw score at the threshold
 * @param truePositives detected rows inside windows
 * @param falsePositives detected rows outside windows
 * @param trueNegatives undetected rows outside windows
 * @param falseNegatives undetected rows inside windows
 * @param categories per-category detail, sorted by category
 */
public record NabResult(
    NabProfile profile,
    double threshold,
    double score,
    double raw,
    int truePositives,
    int falsePositives,
    int trueNegatives,
    int falseNegatives,
    List<NabCategoryResult> categories) {

  public NabResult {
    categories = List.copyOf(categories);
  }
}
