/**
 * The validated configuration: immutable specs with every default applied, produced by the config
 * module from heal.yaml and frozen into one {@link io.heal.core.spec.HealSpec} snapshot. Code that
 * holds a spec may rely on it being valid (names unique, dependencies acyclic, timeouts shorter
 * than intervals, and so on).
 */
package io.heal.core.spec;
