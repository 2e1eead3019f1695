package io.heal.core.spec;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What a probe checks: an HTTP endpoint, a TCP port, or a command's exit status. */
public sealed interface ProbeTarget {

  /**
   * An HTTP GET that passes when the status is within [statusMin, statusMax] and, if given, the
   * body contains a match of {@code bodyPattern}.
   */
  record Http(URI url, int statusMin, int statusMax, Optional<Pattern> bodyPattern)
      implements ProbeTarget {

    /** Lowest accepted status by default. */
    public static final int DEFAULT_STATUS_MIN = 200;

    /** Highest accepted status by default. */
    public static final int DEFAULT_STATUS_MAX = 399;
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
