package io.heal.report;

import io.heal.core.incident.Incident;
import io.heal.core.incident.Step;
import io.heal.core.incident.TimelineEntry;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a report's summary table: a fault and how Heal handled it.
 *
 * @param fault the fault in words, such as {@code kill -9} or {@code hang (SIGSTOP)}
 * @param incidentId the incident it opened, linked to its card; empty if none was opened
 * @param detectedAfter from the fault to its detection; empty if not detected
 * @param healedAfter from the fault to the service being verified healthy; empty if not healed
 * @param remedy what Heal did, such as {@code restart} or {@code rollback to v1}
 * @param outcome how it ended, such as {@code healed} or {@code escalated}
 */
public record SummaryRow(
    String fault,
    Optional<String> incidentId,
    Optional<Duration> detectedAfter,
    Optional<Duration> healedAfter,
    String remedy,
    String outcome) {

  public SummaryRow {
    Objects.requireNonNull(fault, "fault");
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(detectedAfter, "detectedAfter");
    Objects.requireNonNull(healedAfter, "healedAfter");
    Objects.requireNonNull(remedy, "remedy");
    Objects.requireNonNull(outcome, "outcome");
  }

  /**
   * The row for a fault that opened {@code incident}: times from the incident, the remedy from its
   * first remedy-chosen step, the outcome from its status.
   */
  public static SummaryRow of(String fault, Incident incident) {
    String remedy =
        incident
            .firstStep(Step.REMEDY_CHOSEN)
            .or(() -> incident.firstStep(Step.REMEDY_STARTED))
            .map(TimelineEntry::message)
            .orElse("-");
    String outcome =
        switch (incident.status()) {
          case RESOLVED -> "healed";
          case ESCALATED -> "escalated";
          case OPEN -> "open";
        };
    return new SummaryRow(
        fault,
        Optional.of(incident.id()),
        Optional.of(incident.timeToDetect()),
        incident.timeToRecover(),
        remedy,
        outcome);
  }
}
