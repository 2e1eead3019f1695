package io.heal.daemon.internal;

import io.heal.core.audit.AuditEntry;
import io.heal.core.incident.Evidence;
import io.heal.core.incident.Incident;
import io.heal.core.incident.IncidentKind;
import io.heal.core.incident.Step;
import io.heal.core.remedy.Decision;
import io.heal.core.spec.ServiceSpec;
import io.heal.daemon.EngineEvent.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The open incident of one service: every step is handed to the {@link Journal}, which saves it
 * durably off the loop, then emitted as an event (delivered once the step is on disk), and
 * decisions are audited. One incident covers a run of failures until the service is verified
 * healthy or escalated.
 */
final class IncidentRecorder {

  private final EngineContext ctx;
  private final ServiceSpec spec;
  private Incident open;
  private String lastId;
  private int batching;
  private Incident unsaved;
  private final List<AuditEntry> unaudited = new ArrayList<>();
  // audit entries of this batch already kept in the write-ahead log by checkpoint()
  private final List<AuditEntry> keptAudit = new ArrayList<>();

  IncidentRecorder(EngineContext ctx, ServiceSpec spec) {
    this.ctx = ctx;
    this.spec = spec;
  }

  Optional<Incident> open() {
    return Optional.ofNullable(open);
  }

  Optional<String> lastId() {
    return Optional.ofNullable(lastId);
  }

  /**
   * Takes up an incident that an earlier Heal left open: it stays open until this Heal's start of
   * the service is verified, or notes the next failure.
   */
  void adopt(Incident incident) {
    open =
        incident.withStep(
            ctx.clock.now(),
            Step.NOTE,
            "Heal restarted while this incident was open; the service is started afresh");
    lastId = open.id();
    save();
  }

  /** Opens an incident, or notes a further failure on the one already open. */
  void detect(IncidentKind kind, String release, Instant onset, Evidence evidence, String summary) {
    Instant now = ctx.clock.now();
    if (open == null) {
      open =
          Incident.open(
              ctx.ids.next(spec.name()), spec.name(), kind, release, onset, now, evidence, summary);
      lastId = open.id();
    } else {
      open = open.withStep(now, Step.NOTE, "failed again: " + summary);
    }
    save();
    ctx.emit(spec.name(), Type.DETECTED, summary, Optional.of(open.id()));
  }

  void decided(Decision d) {
    String alternatives =
        d.alternatives().stream()
            .map(a -> a.remedy().name().toLowerCase() + ": " + a.whyNot())
            .collect(Collectors.joining("; "));
    String message =
        d.remedy().name().toLowerCase()
            + " - "
            + d.reason()
            + " (not chosen: "
            + alternatives
            + ")";
    step(
        Step.REMEDY_CHOSEN,
        message,
        Type.DECIDED,
        d.remedy().name().toLowerCase() + ": " + d.reason());
    Map<String, String> details = new LinkedHashMap<>(d.inputs());
    details.put("reason", d.reason());
    details.put("alternatives", alternatives);
    open().ifPresent(i -> details.put("incident", i.id()));
    unaudited.add(
        new AuditEntry(
            ctx.clock.now(), "heal", d.remedy().name().toLowerCase(), spec.name(), details));
    if (batching == 0) {
      flushAudit();
    }
  }

  /** Audits a person's command on this service. */
  void auditOperator(String action, Map<String, String> details) {
    ctx.journal.append(new AuditEntry(ctx.clock.now(), "operator", action, spec.name(), details));
  }

  void step(Step step, String message, Type type) {
    step(ctx.clock.now(), step, message, type, message);
  }

  void stepAt(Instant at, Step step, String message, Type type) {
    step(at, step, message, type, message);
  }

  private void step(Step step, String message, Type type, String eventText) {
    step(ctx.clock.now(), step, message, type, eventText);
  }

  private void step(Instant at, Step step, String message, Type type, String eventText) {
    if (open == null) {
      ctx.emit(spec.name(), type, eventText, Optional.empty());
      return;
    }
    open = open.withStep(at, step, message);
    save();
    ctx.emit(spec.name(), type, eventText, Optional.of(open.id()));
  }

  void updateEvidence(UnaryOperator<Evidence> change) {
    if (open != null) {
      open = open.withEvidence(change.apply(open.evidence()));
      save();
    }
  }

  void resolve(String message) {
    if (open == null) {
      return;
    }
    open = open.resolved(ctx.clock.now(), message);
    save();
    String ttr = open.timeToRecover().map(d -> " after " + d.toMillis() + " ms").orElse("");
    ctx.emit(spec.name(), Type.RECOVERED, message + ttr, Optional.of(open.id()));
    open = null;
  }

  void escalate(String reason) {
    if (open == null) {
      return;
    }
    open = open.escalated(ctx.clock.now(), reason);
    save();
    Incident escalated = open;
    // the escalation is on disk before anyone hears of it
    ctx.journal.afterWrites(() -> ctx.notifier.escalate(spec, escalated, reason));
    ctx.emit(spec.name(), Type.ESCALATED, reason, Optional.of(open.id()));
    open = null;
  }

  /**
   * Runs {@code work} with saves deferred to its end: the steps it records (detected, decided,
   * remedy issued) go to the journal as one snapshot and one audit batch when it returns.
   */
  void batch(Runnable work) {
    batching++;
    try {
      work.run();
    } finally {
      batching--;
      if (batching == 0) {
        if (unsaved != null) {
          Incident toSave = unsaved;
          unsaved = null;
          write(toSave);
        }
        flushAudit();
      }
    }
  }

  /**
   * Inside a {@link #batch}, keeps the incident as recorded so far, and the decision's audit entry,
   * in the write-ahead log before the engine acts on it (a restart, a rollback): the decision
   * survives a crash of Heal during the action. The writes to the stores still come when the batch
   * ends, with the action's outcome.
   */
  void checkpoint() {
    if (batching == 0) {
      return;
    }
    if (unsaved != null) {
      ctx.journal.keep(unsaved);
    }
    for (AuditEntry entry : unaudited) {
      ctx.journal.keepAudit(entry);
      keptAudit.add(entry);
    }
    unaudited.clear();
  }

  private void save() {
    if (batching > 0) {
      unsaved = open;
    } else {
      write(open);
    }
  }

  private void write(Incident incident) {
    ctx.journal.save(incident);
  }

  private void flushAudit() {
    for (AuditEntry entry : keptAudit) {
      ctx.journal.appendKept(entry);
    }
    keptAudit.clear();
    for (AuditEntry entry : unaudited) {
      ctx.journal.append(entry);
    }
    unaudited.clear();
  }
}
