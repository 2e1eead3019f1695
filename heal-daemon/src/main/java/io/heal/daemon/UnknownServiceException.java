package io.heal.daemon;

import java.util.Collection;

/** A command named a service that is not configured. */
public final class UnknownServiceException extends IllegalArgumentException {

  public UnknownServiceException(String name, Collection<String> known) {
    super(
        "service: no service named '" + name + "' (configured: " + String.join(", ", known) + ")");
  }
}
