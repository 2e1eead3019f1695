/**
 * Process signals Heal reads itself for every child from Linux {@code /proc}: CPU time (and so CPU
 * share between two readings), resident memory, threads and open file descriptors.
 */
package io.heal.detect.proc;
