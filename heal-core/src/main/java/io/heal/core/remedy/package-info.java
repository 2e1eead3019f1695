/**
 * Remedies and the decisions that choose them. A {@link io.heal.core.remedy.Decision} records the
 * inputs, the remedy chosen, the alternatives considered and why, so every action Heal takes can be
 * explained afterwards.
 */
package io.heal.core.remedy;
