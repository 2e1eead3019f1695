/**
 * The repair report: what failed and why, where the fault was localised, what was tried, the patch
 * with its risk, alternatives and the regression test; written as JSON and as Markdown, with a
 * unified diff.
 */
package io.heal.repair.report;
