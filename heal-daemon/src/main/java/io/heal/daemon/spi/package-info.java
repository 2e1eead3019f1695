/** Plug-in points of the daemon: notifiers that receive escalations. */
package io.heal.daemon.spi;
