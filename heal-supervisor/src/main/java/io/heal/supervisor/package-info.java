/**
 * Child processes on the operating system: spawning a service in its own process group, reporting
 * its exit the moment it happens, capturing its output into rotated log files, taking a JVM thread
 * dump, and stopping the whole group with a signal and then SIGKILL.
 */
package io.heal.supervisor;
