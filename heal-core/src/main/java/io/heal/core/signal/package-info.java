/**
 * Signals: the raw facts Heal observes about a service (a process exit, a probe result, a log line,
 * a metric sample), each an immutable record stamped with the time it was seen.
 */
package io.heal.core.signal;
