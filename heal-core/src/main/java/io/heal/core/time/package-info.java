/**
 * Injected time. {@link io.heal.core.time.HealClock} gives a monotonic reading for timeouts and
 * back-off and a wall reading for stored timestamps; {@link io.heal.core.time.FakeClock} lets tests
 * drive time by hand.
 */
package io.heal.core.time;
