/** A small HTTP service for Heal to heal, with fault switches under {@code /__simulate/}. */
package io.heal.sample;
