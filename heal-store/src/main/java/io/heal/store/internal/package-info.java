/** Internals of the store: crash-safe file writes and hashing. Not for use outside heal-store. */
package io.heal.store.internal;
