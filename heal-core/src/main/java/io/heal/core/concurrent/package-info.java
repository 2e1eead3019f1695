/**
 * Threads. Every thread Heal starts is named and created through {@link
 * io.heal.core.concurrent.HealThreads}, so a later move to virtual threads is a one-line change.
 */
package io.heal.core.concurrent;
