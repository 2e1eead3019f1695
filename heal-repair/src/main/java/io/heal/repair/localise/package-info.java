/**
 * Fault localisation: ranking suspicious source lines from the stack frames inside the project's
 * own sources, and by spectrum-based fault localisation (Ochiai over per-test JaCoCo line coverage)
 * when the trace does not point at the bug.
 */
package io.heal.repair.localise;
