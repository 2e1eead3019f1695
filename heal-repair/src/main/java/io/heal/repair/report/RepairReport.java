package io.heal.repair.report;

import io.heal.repair.classify.Classification;
import io.heal.repair.classify.FailureClass;
import io.heal.repair.localise.Location;
import java.util.List;
import java.util.Map;

/**
 * The incident report of one repair.
 *
 * @param project the project directory
 * @param status how it ended
 * @param message a one-line summary
 * @param failures the failing tests, classified
 * @param primary the failure class that drove template order
 * @param compileErrors compiler messages when the project did not compile
 * @param locations the top-ranked suspicious lines
 * @param candidatesGenerated how many candidates the generators made
 * @param candidatesTried how many were validated
 * @param tried the candidates tried, in order (up to a limit)
 * @param patch the chosen patch, or null
 * @param alternatives other different patches that also pass
 * @param rejectedByGates passing candidates the gates refused
 * @param underSpecified whether several different patches pass
 * @param regressionTest the regression test, or null
 * @param applied whether the patch and test were written into the project
 * @param timingsMillis time per phase
 * @param totalMillis total time
 */
public record RepairReport(
    String project,
    RepairStatus status,
    String message,
    List<Classification> failures,
    FailureClass primary,
    List<String> compileErrors,
    List<Location> locations,
    int candidatesGenerated,
    int candidatesTried,
    List<CandidateOutcome> tried,
    Patch patch,
    List<Patch> alternatives,
    List<CandidateOutcome> rejectedByGates,
    boolean underSpecified,
    RegressionTest regressionTest,
    boolean applied,
    Map<String, Long> timingsMillis,
    long totalMillis) {}
