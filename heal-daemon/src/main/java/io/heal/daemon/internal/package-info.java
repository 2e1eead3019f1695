/**
 * The engine's moving parts: one supervisor per service (its state machine), probe bookkeeping,
 * incident recording, escalation. Everything here runs on the engine's single event-loop thread, so
 * it needs no locks; other threads only post events to it.
 */
package io.heal.daemon.internal;
