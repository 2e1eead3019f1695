/**
 * Not API. Stage two of loading: raw records are checked against the rules of each field (ranges,
 * names that must exist, exactly-one-of choices, acyclic dependencies), defaults are applied and
 * relative paths resolved, giving the {@link io.heal.core.spec} records. Every broken rule is
 * reported with its path and the value found; nothing is silently clamped.
 */
package io.heal.config.internal.spec;
