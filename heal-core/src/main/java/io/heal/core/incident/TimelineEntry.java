package io.heal.core.incident;

import java.time.Instant;

/** One timestamped step of an incident, with what happened in words. */
public record TimelineEntry(Instant at, Step step, String message) {}
