/**
 * Code healing: run a Java project's tests, classify the failures, localise the fault, generate and
 * validate candidate patches, and hand over a diff, a regression test and a report.
 */
package io.heal.repair;
