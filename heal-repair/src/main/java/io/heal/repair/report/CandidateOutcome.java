package io.heal.repair.report;

/**
 * One candidate that was tried.
 *
 * @param index its position in the order tried (1-based)
 * @param template the template (or generator) that made it
 * @param description the edit
 * @param file the edited file
 * @param line the edited line
 * @param outcome the verdict, or why the gates rejected it
 * @param millis how long its validation took
 */
public record CandidateOutcome(
    int index,
    String template,
    String description,
    String file,
    int line,
    String outcome,
    long millis) {}
