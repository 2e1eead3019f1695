/**
 * The forked test server: a small main that runs inside a child JVM on the project's test class
 * path, loads the project's classes through a fresh class loader per request (so a patched class
 * can be swapped in without starting a new JVM), runs JUnit 4 or JUnit Platform tests with a
 * watchdog and reports results line by line. Only JDK, JUnit and JaCoCo-agent types are used here:
 * these classes are copied out of Heal's jar and must run without it.
 */
package io.heal.repair.validate.internal;
