package io.heal.daemon.spi;

import io.heal.core.incident.Incident;
import io.heal.core.spec.ServiceSpec;

/**
 * Tells people about what Heal cannot heal. Called on the engine thread: implementations must hand
 * slow work (network) to another thread and never throw.
 */
public interface Notifier {

  void escalate(ServiceSpec service, Incident incident, String reason);
}
