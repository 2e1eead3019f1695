/**
 * The daemon's control API: JSON over HTTP on a loopback address, used by {@code heal status},
 * {@code heal restart}, {@code heal deploy} and {@code heal rollback}. Bad requests get a 4xx
 * answer with an RFC 9457 problem body naming the field; no stack trace ever reaches the caller.
 */
package io.heal.daemon.http;
