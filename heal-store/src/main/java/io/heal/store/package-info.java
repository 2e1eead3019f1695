/**
 * Durable records: incidents as JSON files written to a temporary file, synced and renamed, so a
 * crash of Heal never leaves a torn file; and the tamper-evident audit trail.
 */
package io.heal.store;
