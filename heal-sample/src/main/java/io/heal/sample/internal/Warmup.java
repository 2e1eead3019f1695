package io.heal.sample.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Does, on a thread of its own while the main thread binds the port, the costliest first use of the
 * JDK's HTTP server: the {@code Date} header of its first answer, whose time-zone name loads the
 * locale data (about 50 ms of a cold JVM's work). Without it, the first probe waits for that after
 * the port is bound; with it, the sample answers its first request 8 to 18 ms sooner here.
 */
public final class Warmup {

  /** The pattern of the JDK server's {@code Date} header (sun.net.httpserver.ExchangeImpl). */
  static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss zzz", Locale.US)
          .withZone(ZoneId.of("GMT"));

  private Warmup() {}

  /** Starts the warm-up on a daemon thread named {@code sample-warmup}; returns that thread. */
  public static Thread start() {
    return NamedThreadFactory.start("sample-warmup", () -> httpDate(Instant.now()));
  }

  /** The {@code Date} header the JDK's server would send at {@code at}. */
  static String httpDate(Instant at) {
    return HTTP_DATE.format(at);
  }
}
