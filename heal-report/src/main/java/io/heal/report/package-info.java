/**
 * Reports on incidents for people: {@link io.heal.report.IncidentReport} renders one self-contained
 * HTML page (inline CSS and SVG, nothing fetched) with totals, a summary table and a card per
 * incident with its evidence and timeline; {@link io.heal.report.IncidentTable} and {@link
 * io.heal.report.IncidentText} render the same facts as plain text for a terminal.
 */
package io.heal.report;
