/**
 * Incidents: every detection opens one. An incident holds the evidence, a timeline of timestamped
 * steps (detected, remedy chosen and why, started, finished, verified, resolved or escalated), and
 * the time-to-detect and time-to-recover. Incidents are immutable; each step returns a new one.
 */
package io.heal.core.incident;
