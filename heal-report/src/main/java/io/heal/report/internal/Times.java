package io.heal.report.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Wall times as shown in reports: always UTC, so reports from different hosts agree. */
public final class Times {

  private static final DateTimeFormatter FULL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  private Times() {}

  /** {@code 2026-11-24 08:35:12.417 UTC}. */
  public static String full(Instant at) {
    return FULL.format(at);
  }

  /** {@code 2026-11-24 08:35:12}, UTC. */
  public static String shortForm(Instant at) {
    return SHORT.format(at);
  }

  /** {@code 08:35:12.417}, UTC. */
  public static String clock(Instant at) {
    return CLOCK.format(at);
  }
}
