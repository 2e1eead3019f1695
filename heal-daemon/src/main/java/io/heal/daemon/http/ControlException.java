package io.heal.daemon.http;

/** The daemon could not be reached, or refused a command; the message says why, for a person. */
public final class ControlException extends RuntimeException {

  public ControlException(String message) {
    super(message);
  }
}
