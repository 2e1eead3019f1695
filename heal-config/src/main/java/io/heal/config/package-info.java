/**
 * Configuration: heal.yaml is read into raw records (unknown keys rejected), validated with every
 * error collected with its path and the value found, and frozen into one {@link
 * io.heal.core.spec.HealSpec}.
 */
package io.heal.config;
