/**
 * The supervised service as the rest of Heal sees it: its lifecycle state and a status snapshot for
 * {@code heal status}.
 */
package io.heal.core.service;
