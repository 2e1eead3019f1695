/**
 * The daemon: the healing engine that turns signals into incidents and remedies, and the loopback
 * control API that {@code heal status}, {@code heal deploy} and friends talk to.
 */
package io.heal.daemon;
