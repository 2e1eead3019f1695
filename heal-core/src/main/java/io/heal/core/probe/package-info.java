/**
 * The probe service-provider interface: a {@link io.heal.core.probe.Probe} checks one thing about a
 * service and reports a {@link io.heal.core.signal.ProbeResult}; it never throws.
 */
package io.heal.core.probe;
