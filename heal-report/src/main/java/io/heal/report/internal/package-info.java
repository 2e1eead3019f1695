/** Internals of the report: escaping, formatting of durations and times, the CSS, card parts. */
package io.heal.report.internal;
