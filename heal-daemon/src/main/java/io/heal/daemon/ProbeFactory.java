package io.heal.daemon;

import io.heal.core.probe.Probe;
import io.heal.core.spec.ProbeSpec;

/** Makes the probe for one probe spec of a service. */
@FunctionalInterface
public interface ProbeFactory {

  Probe create(String service, ProbeSpec spec);
}
