/**
 * Running a Maven project's tests: one Maven invocation compiles the project, runs Surefire and
 * writes the test class path; the Surefire XML reports are parsed into {@link
 * io.heal.repair.TestResult}s.
 */
package io.heal.repair.run;
