/**
 * Validating candidate patches without Maven: the changed source is compiled in memory with
 * javax.tools against the compiled project, and the tests run in a long-lived forked JVM that loads
 * the project through a fresh class loader per request, under a watchdog (a candidate may loop
 * forever).
 */
package io.heal.repair.validate;
