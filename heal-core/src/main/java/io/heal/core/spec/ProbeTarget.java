package io.heal.core.spec;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What a probe checks: an HTTP endpoint, a TCP port, or a command's exit status. */
public sealed interface ProbeTarget {

  /**
   * An HTTP GET that passes when the status is within [statusMin, statusMax] and, if given, the
   * body contains a match of {@code bodyPattern}. One connection carries up to {@code
   * checksPerConnection} checks (HTTP/1.1 keep-alive, when the server allows it) before a new one
   * is opened; 1 opens a new connection for every check.
   */
  record Http(
      URI url, int statusMin, int statusMax, Optional<Pattern> bodyPattern, int checksPerConnection)
      implements ProbeTarget {

    /** Lowest accepted status by default. */
    public static final int DEFAULT_STATUS_MIN = 200;

    /** Highest accepted status by default. */
    public static final int DEFAULT_STATUS_MAX = 399;

    /**
     * Checks one connection carries by default: a connection costs the kernel more than the check
     * on it, and a new one at least every minute (at 1 s probes) still finds a listener that
     * stopped accepting.
     */
    public static final int DEFAULT_CHECKS_PER_CONNECTION = 60;

    public Http {
      if (checksPerConnection < 1) {
        throw new IllegalArgumentException(
            "checksPerConnection must be at least 1, was " + checksPerConnection);
      }
    }

    /** A target whose connections carry {@link #DEFAULT_CHECKS_PER_CONNECTION} checks. */
    public Http(URI url, int statusMin, int statusMax, Optional<Pattern> bodyPattern) {
      this(url, statusMin, statusMax, bodyPattern, DEFAULT_CHECKS_PER_CONNECTION);
    }
  }

  /** A TCP connect that passes when the connection is accepted. */
  record Tcp(String host, int port) implements ProbeTarget {}

  /** A command, run without a shell, that passes when it exits 0. */
  record Exec(List<String> command) implements ProbeTarget {
    public Exec {
      command = List.copyOf(command);
    }
  }
}
