/** The {@code heal} command line: picocli commands over the daemon, detection and code repair. */
package io.heal.cli;
