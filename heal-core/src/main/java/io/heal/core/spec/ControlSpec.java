package io.heal.core.spec;

/**
 * Where the daemon listens for {@code heal status} and friends: always a loopback address.
 *
 * @param host a loopback host name or address
 * @param port the TCP port; 0 picks a free one (written to the data directory)
 */
public record ControlSpec(String host, int port) {

  /** Default control host. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** Default control port. */
  public static final int DEFAULT_PORT = 7077;
}
