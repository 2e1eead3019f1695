package io.heal.core.signal;

import java.time.Instant;

/** A line a supervised process wrote to stdout or stderr. */
public record LogLine(String service, Instant at, String text) implements Signal {}
