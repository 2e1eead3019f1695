package io.heal.report.internal;

import io.heal.core.incident.IncidentStatus;
import io.heal.core.incident.Step;
import java.util.Locale;

/** Words and CSS classes for steps and statuses. */
public final class Labels {

  private Labels() {}

  /** {@code VERIFIED_HEALTHY} becomes {@code verified healthy}. */
  public static String step(Step step) {
    return step.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The CSS class of a step's marker: bad, act, good or note. */
  public static String stepClass(Step step) {
    return switch (step) {
      case DETECTED, ESCALATED -> "bad";
      case REMEDY_CHOSEN, REMEDY_STARTED, REMEDY_FINISHED -> "act";
      case VERIFIED_HEALTHY, RESOLVED -> "good";
      case NOTE -> "note";
    };
  }

  /** The CSS class of a status badge. */
  public static String statusClass(IncidentStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }
}
