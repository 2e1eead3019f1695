/**
 * Not API. Shared by the two stages of loading: the {@link io.heal.config.internal.ErrorCollector}
 * that gathers every problem with its path and value, so that one run reports them all.
 */
package io.heal.config.internal;
