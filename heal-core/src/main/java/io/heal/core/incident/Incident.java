package io.heal.core.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A failure of one service and what Heal did about it. Immutable: {@link #withStep}, {@link
 * #resolved} and {@link #escalated} return new incidents.
 *
 * @param id unique, sortable by open time
 * @param service the failed service
 * @param kind what failed
 * @param release the release that was running
 * @param status open, resolved or escalated
 * @param onsetAt when the failure began, where known (the exit, the first failed probe)
 * @param detectedAt when Heal decided it was a failure
 * @param evidence what Heal saw
 * @param timeline the steps, oldest first
 * @param timeToDetect from onset to detection
 * @param timeToRecover from onset to the service being verified healthy; empty until then
 */
public record Incident(
    String id,
    String service,
    IncidentKind kind,
    String release,
    IncidentStatus status,
    Instant onsetAt,
    Instant detectedAt,
    Evidence evidence,
    List<TimelineEntry> timeline,
    Duration timeToDetect,
    Optional<Duration> timeToRecover) {

  public Incident {
    timeline = List.copyOf(timeline);
  }

  /** Opens an incident with its DETECTED step. */
  public static Incident open(
      String id,
      String service,
      IncidentKind kind,
      String release,
      Instant onsetAt,
      Instant detectedAt,
      Evidence evidence,
      String summary) {
    return new Incident(
        id,
        service,
        kind,
        release,
        IncidentStatus.OPEN,
        onsetAt,
        detectedAt,
        evidence,
        List.of(new TimelineEntry(detectedAt, Step.DETECTED, summary)),
        Duration.between(onsetAt, detectedAt),
        Optional.empty());
  }

  /** This incident with one more timeline step. */
  public Incident withStep(Instant at, Step step, String message) {
    List<TimelineEntry> steps = new ArrayList<>(timeline);
    steps.add(new TimelineEntry(at, step, message));
    return new Incident(
        id,
        service,
        kind,
        release,
        status,
        onsetAt,
        detectedAt,
        evidence,
        steps,
        timeToDetect,
        timeToRecover);
  }

  /** This incident with its evidence replaced. */
  public Incident withEvidence(Evidence newEvidence) {
    return new Incident(
        id,
        service,
        kind,
        release,
        status,
        onsetAt,
        detectedAt,
        newEvidence,
        timeline,
        timeToDetect,
        timeToRecover);
  }

  /** Resolved at {@code at}: verified healthy, with time-to-recover measured from onset. */
  public Incident resolved(Instant at, String message) {
    Incident verified = withStep(at, Step.VERIFIED_HEALTHY, message);
    return new Incident(
            id,
            service,
            kind,
            release,
            IncidentStatus.RESOLVED,
            onsetAt,
            detectedAt,
            evidence,
            verified.timeline,
            timeToDetect,
            Optional.of(Duration.between(onsetAt, at)))
        .withStep(at, Step.RESOLVED, "resolved");
  }

  /** Escalated to a person at {@code at}. */
  public Incident escalated(Instant at, String message) {
    Incident step = withStep(at, Step.ESCALATED, message);
    return new Incident(
        id,
        service,
        kind,
        release,
        IncidentStatus.ESCALATED,
        onsetAt,
        detectedAt,
        evidence,
        step.timeline,
        timeToDetect,
        timeToRecover);
  }

  /** The message of the first step of this kind, if any. */
  public Optional<TimelineEntry> firstStep(Step step) {
    return timeline.stream().filter(e -> e.step() == step).findFirst();
  }
}
